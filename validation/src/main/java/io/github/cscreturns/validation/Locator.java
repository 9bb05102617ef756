package io.github.cscreturns.validation;

/**
 * What tells a flagged record apart from the child's other records of its table, as a data officer
 * finds it in the return: the DfE item and its text, such as {@code DECOM 01/06/2024} for an episode,
 * {@code MIS_START} for a missing episode, {@code REVIEW} for a review. The text is the date as the
 * DfE's CSV writes it (dd/mm/yyyy), or the item's text as read where it is not a date.
 *
 * @param item the DfE item name ("DECOM", "MIS_START", "REVIEW" …)
 * @param value the item's text
 * @since 2013-14
 */
public record Locator(String item, String value) {
  /**
   * "DECOM 01/06/2024".
   *
   * @return "DECOM 01/06/2024"
   */
  public String describe() {
    return item + " " + value;
  }
}
