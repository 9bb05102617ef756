package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset SEX_ADOPTR: the sex of the adopter or adopters (item SEX_ADOPTR).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum AdopterSex implements Code {
  /** M1: Male adopter (single) */
  M1("M1", "Male adopter (single)", YearRange.all()),

  /** F1: Female adopter (single) */
  F1("F1", "Female adopter (single)", YearRange.all()),

  /** MM: Male couple */
  MM("MM", "Male couple", YearRange.all()),

  /** FF: Female couple */
  FF("FF", "Female couple", YearRange.all()),

  /** MF: Male and female couple */
  MF("MF", "Male and female couple", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<AdopterSex> CODESET =
      Codeset.of(
          "SEX_ADOPTR",
          "Sex of adopter(s)",
          AdopterSex.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  AdopterSex(String code, String description, YearRange validity) {
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
  public static Optional<AdopterSex> parse(String text) {
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
