package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset MISSING: whether the child was missing or away from placement without authorisation (item MISSING).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2014-15
 */
public enum MissingType implements Code {
  /** M: Missing from care */
  M("M", "Missing from care", YearRange.from(CollectionYear.Y2014_15)),

  /** A: Away from placement without authorisation */
  A("A", "Away from placement without authorisation", YearRange.from(CollectionYear.Y2014_15));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<MissingType> CODESET =
      Codeset.of(
          "MISSING",
          "Missing or away",
          MissingType.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  MissingType(String code, String description, YearRange validity) {
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
  public static Optional<MissingType> parse(String text) {
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
