package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset UASC_FLAG: whether the child was an unaccompanied asylum-seeking child in the year (XML item UASC).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum UascFlag implements Code {
  /** 0: Not UASC in the year */
  NO("0", "Not UASC in the year", YearRange.all()),

  /** 1: Was UASC at some point in the year */
  YES("1", "Was UASC at some point in the year", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<UascFlag> CODESET =
      Codeset.of(
          "UASC_FLAG",
          "UASC flag",
          UascFlag.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  UascFlag(String code, String description, YearRange validity) {
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
  public static Optional<UascFlag> parse(String text) {
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
