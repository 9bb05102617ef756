package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset Ethnicity: ethnicity (items Ethnicity).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum Ethnicity implements Code {
  /** WBRI: White British */
  WBRI("WBRI", "White British", YearRange.all()),

  /** WIRI: White Irish */
  WIRI("WIRI", "White Irish", YearRange.all()),

  /** WIRT: Traveller of Irish heritage */
  WIRT("WIRT", "Traveller of Irish heritage", YearRange.all()),

  /** WOTH: Any other White background */
  WOTH("WOTH", "Any other White background", YearRange.all()),

  /** WROM: Gypsy/Roma */
  WROM("WROM", "Gypsy/Roma", YearRange.all()),

  /** MWBC: White and Black Caribbean */
  MWBC("MWBC", "White and Black Caribbean", YearRange.all()),

  /** MWBA: White and Black African */
  MWBA("MWBA", "White and Black African", YearRange.all()),

  /** MWAS: White and Asian */
  MWAS("MWAS", "White and Asian", YearRange.all()),

  /** MOTH: Any other mixed background */
  MOTH("MOTH", "Any other mixed background", YearRange.all()),

  /** AIND: Indian */
  AIND("AIND", "Indian", YearRange.all()),

  /** APKN: Pakistani */
  APKN("APKN", "Pakistani", YearRange.all()),

  /** ABAN: Bangladeshi */
  ABAN("ABAN", "Bangladeshi", YearRange.all()),

  /** AOTH: Any other Asian background */
  AOTH("AOTH", "Any other Asian background", YearRange.all()),

  /** BCRB: Caribbean */
  BCRB("BCRB", "Caribbean", YearRange.all()),

  /** BAFR: African */
  BAFR("BAFR", "African", YearRange.all()),

  /** BOTH: Any other black background */
  BOTH("BOTH", "Any other black background", YearRange.all()),

  /** CHNE: Chinese */
  CHNE("CHNE", "Chinese", YearRange.all()),

  /** OOTH: Any other ethnic group */
  OOTH("OOTH", "Any other ethnic group", YearRange.all()),

  /** REFU: Refused */
  REFU("REFU", "Refused", YearRange.all()),

  /** NOBT: Information not yet obtained */
  NOBT("NOBT", "Information not yet obtained", YearRange.all());

  /** The codeset. */
  public static final Codeset<Ethnicity> CODESET =
      Codeset.of("Ethnicity", "Ethnicity", Ethnicity.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  Ethnicity(String code, String description, YearRange validity) {
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
  public static Optional<Ethnicity> parse(String text) {
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
