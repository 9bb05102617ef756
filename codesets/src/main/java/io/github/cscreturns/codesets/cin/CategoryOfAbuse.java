package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset CategoryOfAbuse: category of abuse (items InitialCategoryOfAbuse, LatestCategoryOfAbuse).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum CategoryOfAbuse implements Code {
  /** NEG: Neglect */
  NEGLECT("NEG", "Neglect", YearRange.all()),

  /** PHY: Physical abuse */
  PHYSICAL_ABUSE("PHY", "Physical abuse", YearRange.all()),

  /** SAB: Sexual abuse */
  SEXUAL_ABUSE("SAB", "Sexual abuse", YearRange.all()),

  /** EMO: Emotional abuse */
  EMOTIONAL_ABUSE("EMO", "Emotional abuse", YearRange.all()),

  /** MUL: Multiple/not recommended */
  MULTIPLE_NOT_RECOMMENDED("MUL", "Multiple/not recommended", YearRange.all());

  /** The codeset. */
  public static final Codeset<CategoryOfAbuse> CODESET =
      Codeset.of("CategoryOfAbuse", "Category of abuse", CategoryOfAbuse.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  CategoryOfAbuse(String code, String description, YearRange validity) {
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
  public static Optional<CategoryOfAbuse> parse(String text) {
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
