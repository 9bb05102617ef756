package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset SourceLevel: source level (items SourceLevel).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum SourceLevel implements Code {
  /** L: Local authority */
  LOCAL_AUTHORITY("L", "Local authority", YearRange.all());

  /** The codeset. */
  public static final Codeset<SourceLevel> CODESET =
      Codeset.of("SourceLevel", "Source level", SourceLevel.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  SourceLevel(String code, String description, YearRange validity) {
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
  public static Optional<SourceLevel> parse(String text) {
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
