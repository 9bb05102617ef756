package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset SEX: the child's sex (item SEX; gender 1/2 to 2023-24, sex M/F/U from 2024-25).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum Sex implements Code {
  /** 1: Male */
  GENDER_MALE("1", "Male", YearRange.until(CollectionYear.Y2023_24)),

  /** 2: Female */
  GENDER_FEMALE("2", "Female", YearRange.until(CollectionYear.Y2023_24)),

  /** M: Male */
  M("M", "Male", YearRange.from(CollectionYear.Y2024_25)),

  /** F: Female */
  F("F", "Female", YearRange.from(CollectionYear.Y2024_25)),

  /** U: Unknown */
  U("U", "Unknown", YearRange.from(CollectionYear.Y2024_25));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<Sex> CODESET =
      Codeset.of(
          "SEX",
          "Sex",
          Sex.class,
          List.of(
            Crosswalk.replaced(GENDER_MALE, M, CollectionYear.Y2024_25, "Gender 1/2 replaced by sex M/F/U (2024-25)"),
            Crosswalk.replaced(GENDER_FEMALE, F, CollectionYear.Y2024_25, "Gender 1/2 replaced by sex M/F/U (2024-25)")));

  private final String code;
  private final String description;
  private final YearRange validity;

  Sex(String code, String description, YearRange validity) {
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
  public static Optional<Sex> parse(String text) {
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

  // --- DfE groupings used by the rules ---

  /**
   * Whether the code records a male child: gender 1 (to 2023-24) or sex M (from 2024-25).
   *
   * @return whether the code records a male child
   */
  public boolean isMale() {
    return this == GENDER_MALE || this == M;
  }

  /**
   * Whether the code records a female child: gender 2 (to 2023-24) or sex F (from 2024-25).
   *
   * @return whether the code records a female child
   */
  public boolean isFemale() {
    return this == GENDER_FEMALE || this == F;
  }
}
