package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset PREV_PERM: the permanence order the child had before coming into care (item PREV_PERM).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum PreviousPermanenceOption implements Code {
  /** P1: Adoption */
  P1("P1", "Adoption", YearRange.from(CollectionYear.Y2013_14)),

  /** P2: Special guardianship order (SGO) */
  P2("P2", "Special guardianship order (SGO)", YearRange.from(CollectionYear.Y2013_14)),

  /** P3: Residence order (RO) or child arrangements order (CAO) which sets out with whom the child is to live */
  P3("P3", "Residence order (RO) or child arrangements order (CAO) which sets out with whom the child is to live", YearRange.from(CollectionYear.Y2013_14)),

  /** P4: Unknown */
  P4("P4", "Unknown", YearRange.from(CollectionYear.Y2013_14)),

  /** Z1: Child has not previously had a permanence option */
  Z1("Z1", "Child has not previously had a permanence option", YearRange.from(CollectionYear.Y2013_14));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<PreviousPermanenceOption> CODESET =
      Codeset.of(
          "PREV_PERM",
          "Previous permanence option",
          PreviousPermanenceOption.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  PreviousPermanenceOption(String code, String description, YearRange validity) {
    this.code = code;
    this.description = description;
    this.validity = validity;
  }

  /**
   * The code written as {@code text} (surrounding white space ignored), or nothing.
   *
   * @param text the text as written
   * @return the code written as {@code text} (surrounding white space ignored), or nothing
   */
  public static Optional<PreviousPermanenceOption> parse(String text) {
    return CODESET.parse(text);
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public YearRange validity() {
    return validity;
  }
}
