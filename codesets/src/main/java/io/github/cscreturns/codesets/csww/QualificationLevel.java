package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset QualLevel: the level of the worker's social work qualification (item QualLevel).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum QualificationLevel implements Code {
  /** 1: Under-graduate */
  UNDERGRADUATE("1", "Under-graduate", YearRange.all()),

  /** 2: Post-graduate */
  POSTGRADUATE("2", "Post-graduate", YearRange.all()),

  /** 3: Other */
  OTHER("3", "Other", YearRange.all());

  /** The codeset. */
  public static final Codeset<QualificationLevel> CODESET = Codeset.of("QualLevel", "Qualification level", QualificationLevel.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  QualificationLevel(String code, String description, YearRange validity) {
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
  public static Optional<QualificationLevel> parse(String text) {
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
