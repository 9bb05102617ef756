package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset REASON_PLACED_CEASED: why the decision that the child should be placed for adoption ceased (item REASON_PLACED_CEASED).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum ReasonPlacedForAdoptionCeased implements Code {
  /** RD1: The child's needs changed subsequent to the decision */
  RD1("RD1", "The child's needs changed subsequent to the decision", YearRange.all()),

  /** RD2: The Court did not make a placement order */
  RD2("RD2", "The Court did not make a placement order", YearRange.all()),

  /** RD3: Prospective adopters could not be found */
  RD3("RD3", "Prospective adopters could not be found", YearRange.all()),

  /** RD4: Any other reason */
  RD4("RD4", "Any other reason", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<ReasonPlacedForAdoptionCeased> CODESET =
      Codeset.of(
          "REASON_PLACED_CEASED",
          "Reason placed for adoption ceased",
          ReasonPlacedForAdoptionCeased.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonPlacedForAdoptionCeased(String code, String description, YearRange validity) {
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
  public static Optional<ReasonPlacedForAdoptionCeased> parse(String text) {
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
