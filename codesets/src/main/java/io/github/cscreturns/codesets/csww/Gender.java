package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset GenderCurrent: the worker's current gender (item GenderCurrent).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum Gender implements Code {
  /** 0: Not Known */
  NOT_KNOWN("0", "Not Known", YearRange.all()),

  /** 1: Male */
  MALE("1", "Male", YearRange.all()),

  /** 2: Female */
  FEMALE("2", "Female", YearRange.all()),

  /** 9: Not Specified */
  NOT_SPECIFIED("9", "Not Specified", YearRange.all());

  /** The codeset. */
  public static final Codeset<Gender> CODESET = Codeset.of("GenderCurrent", "Gender", Gender.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  Gender(String code, String description, YearRange validity) {
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
  public static Optional<Gender> parse(String text) {
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
