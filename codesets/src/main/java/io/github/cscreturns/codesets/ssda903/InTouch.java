package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset IN_TOUCH: whether the local authority is in touch with a care leaver (item IN_TOUCH).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum InTouch implements Code {
  /** YES: Yes - in touch */
  YES("YES", "Yes - in touch", YearRange.all()),

  /** NO: No - not in touch */
  NO("NO", "No - not in touch", YearRange.all()),

  /** DIED: Died after leaving care */
  DIED("DIED", "Died after leaving care", YearRange.all()),

  /** REFU: Young person refuses contact */
  REFU("REFU", "Young person refuses contact", YearRange.all()),

  /** NREQ: Young person no longer requires children's social care services */
  NREQ("NREQ", "Young person no longer requires children's social care services", YearRange.all()),

  /** RHOM: Young person returned to live with parents or someone with parental responsibility for a continuous period of 6 months or more */
  RHOM("RHOM", "Young person returned to live with parents or someone with parental responsibility for a continuous period of 6 months or more", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<InTouch> CODESET =
      Codeset.of(
          "IN_TOUCH",
          "In touch",
          InTouch.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  InTouch(String code, String description, YearRange validity) {
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
  public static Optional<InTouch> parse(String text) {
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
