package io.github.cscreturns.validation.ssda903;

/** Inputs beyond the child's own records that some rules need; a rule is skipped, with this reason, where one is missing. */
public enum Requirement {
  /** The previous collection year's return (tables named "…_last" in the DfE rule list). */
  PREVIOUS_YEAR("needs the previous year's return"),
  /** Postcode look-up: the local authority of a postcode and distances between postcodes. */
  POSTCODE_DIRECTORY("needs a postcode directory (reference data)"),
  /** Ofsted provider information by URN ("Provider Info" in the DfE rule list). */
  PROVIDER_DIRECTORY("needs Ofsted provider information (reference data)"),
  /** Which local authority is returning (the CLI's {@code --la}): rules comparing a placement's LA with the return's. */
  RETURNING_LA("needs the returning local authority (--la)");

  private final String reason;

  Requirement(String reason) {
    this.reason = reason;
  }

  /**
   * Why a rule needing this is skipped when it is absent.
   *
   * @return why a rule needing this is skipped when it is absent
   */
  public String skipReason() {
    return reason;
  }
}
