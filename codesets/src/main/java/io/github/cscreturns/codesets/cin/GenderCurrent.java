package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset GenderCurrent: gender (before 2024-25) (items GenderCurrent).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum GenderCurrent implements Code {
  /** 1: Male */
  MALE("1", "Male", YearRange.until(CollectionYear.Y2023_24)),

  /** 2: Female */
  FEMALE("2", "Female", YearRange.until(CollectionYear.Y2023_24)),

  /** 0: Not recorded or unborn */
  NOT_RECORDED_OR_UNBORN("0", "Not recorded or unborn", YearRange.until(CollectionYear.Y2023_24)),

  /** 9: Indeterminate */
  INDETERMINATE("9", "Indeterminate", YearRange.until(CollectionYear.Y2023_24));

  /** The codeset. */
  public static final Codeset<GenderCurrent> CODESET =
      Codeset.of("GenderCurrent", "Gender (before 2024-25)", GenderCurrent.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  GenderCurrent(String code, String description, YearRange validity) {
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
  public static Optional<GenderCurrent> parse(String text) {
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
