package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset SourceLevel: the level of the source of the return in the XML header (item SourceLevel): a local authority.
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum SourceLevel implements Code {
  /** L: Local authority (wording ours: the schema gives none) */
  LOCAL_AUTHORITY("L", "Local authority (wording ours: the schema gives none)", YearRange.all());

  /** The codeset. */
  public static final Codeset<SourceLevel> CODESET = Codeset.of("SourceLevel", "Source level", SourceLevel.class, List.of());

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
