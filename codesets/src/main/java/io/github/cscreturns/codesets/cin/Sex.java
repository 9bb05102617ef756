package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset Sex: sex (from 2024-25) (items Sex).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum Sex implements Code {
  /** M: Male */
  MALE("M", "Male", YearRange.from(CollectionYear.Y2024_25)),

  /** F: Female */
  FEMALE("F", "Female", YearRange.from(CollectionYear.Y2024_25)),

  /** U: Unknown */
  UNKNOWN("U", "Unknown", YearRange.from(CollectionYear.Y2024_25));

  /** The codeset. */
  public static final Codeset<Sex> CODESET =
      Codeset.of("Sex", "Sex (from 2024-25)", Sex.class, List.of());

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
}
