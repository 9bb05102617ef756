package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset LS_ADOPTR: the legal status of the adopter or adopters (item LS_ADOPTR).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum AdopterLegalStatus implements Code {
  /** L0: Single person */
  L0("L0", "Single person", YearRange.all()),

  /** L11: Married couple - opposite sex */
  L11("L11", "Married couple - opposite sex", YearRange.from(CollectionYear.Y2014_15)),

  /** L12: Married couple - same sex */
  L12("L12", "Married couple - same sex", YearRange.from(CollectionYear.Y2014_15)),

  /** L2: Civil partnership */
  L2("L2", "Civil partnership", YearRange.all()),

  /** L3: Unmarried couple (assumed: opposite sex) */
  L3("L3", "Unmarried couple (assumed: opposite sex)", YearRange.all()),

  /** L4: Unmarried couple (assumed: same sex) */
  L4("L4", "Unmarried couple (assumed: same sex)", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<AdopterLegalStatus> CODESET =
      Codeset.of(
          "LS_ADOPTR",
          "Legal status of adopter(s)",
          AdopterLegalStatus.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  AdopterLegalStatus(String code, String description, YearRange validity) {
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
  public static Optional<AdopterLegalStatus> parse(String text) {
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
