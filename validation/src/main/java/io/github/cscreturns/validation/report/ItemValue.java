package io.github.cscreturns.validation.report;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The value of one DfE item of a flagged record, as the return was validated: the typed value in the
 * form the DfE's CSV writes it (a code, a date as dd/mm/yyyy, an identifier), or the text that did
 * not parse into the item's type (as judged: upper-cased, nothing stripped), or blank. Personal data:
 * written only where the caller asks for values, never logged.
 *
 * @param item the DfE item name ("DECOM", "PLACE" …)
 * @param kind whether the item held a value, text that did not parse, or nothing
 * @param text the value as text; empty when blank
 * @param date the date, where the item is a date that parsed
 * @since 2013-14
 */
public record ItemValue(String item, Kind kind, String text, Optional<LocalDate> date) {
  /** What the item held. */
  public enum Kind {
    /** A value of the item's type. */
    VALUE,
    /** Text that did not parse into the item's type (an unknown code, an impossible date). */
    UNPARSED,
    /** Nothing: the item was left blank. */
    BLANK
  }

  /**
   * A blank item.
   *
   * @param item the DfE item name
   * @return the item, blank
   */
  public static ItemValue blank(String item) {
    return new ItemValue(item, Kind.BLANK, "", Optional.empty());
  }
}
