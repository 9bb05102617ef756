package io.github.cscreturns.validation;

/** How the DfE treats a failed check: an error must be fixed before submission; a query must be explained. */
public enum Severity {
  /** Must be fixed before the return is submitted. */
  ERROR,
  /** Must be explained, or fixed, before the return is submitted. */
  QUERY;

  /**
   * Lower-case name as used in reports ("error", "query").
   *
   * @return lower-case name as used in reports ("error", "query")
   */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
