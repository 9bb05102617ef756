package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset Ethnicity: the worker's ethnicity (item Ethnicity).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum Ethnicity implements Code {
  /** WBRI: White British */
  WBRI("WBRI", "White British", YearRange.all()),

  /** WIRI: White Irish */
  WIRI("WIRI", "White Irish", YearRange.all()),

  /** WOTH: Any Other White Background */
  WOTH("WOTH", "Any Other White Background", YearRange.all()),

  /** MWBC: White and Black Caribbean */
  MWBC("MWBC", "White and Black Caribbean", YearRange.all()),

  /** MWBA: White and Black African */
  MWBA("MWBA", "White and Black African", YearRange.all()),

  /** MWAS: White and Asian */
  MWAS("MWAS", "White and Asian", YearRange.all()),

  /** MOTH: Any Other Mixed Background */
  MOTH("MOTH", "Any Other Mixed Background", YearRange.all()),

  /** AIND: Indian */
  AIND("AIND", "Indian", YearRange.all()),

  /** APKN: Pakistani */
  APKN("APKN", "Pakistani", YearRange.all()),

  /** ABAN: Bangladeshi */
  ABAN("ABAN", "Bangladeshi", YearRange.all()),

  /** AOTH: Any Other Asian Background */
  AOTH("AOTH", "Any Other Asian Background", YearRange.all()),

  /** BCRB: Black Caribbean */
  BCRB("BCRB", "Black Caribbean", YearRange.all()),

  /** BAFR: Black African */
  BAFR("BAFR", "Black African", YearRange.all()),

  /** BOTH: Any Other Black Background */
  BOTH("BOTH", "Any Other Black Background", YearRange.all()),

  /** CHNE: Chinese */
  CHNE("CHNE", "Chinese", YearRange.all()),

  /** OOTH: Any Other Ethnic Group */
  OOTH("OOTH", "Any Other Ethnic Group", YearRange.all()),

  /** REFU: Declared not stated or Refused */
  REFU("REFU", "Declared not stated or Refused", YearRange.all()),

  /** NOBT: Information Not Yet Obtained */
  NOBT("NOBT", "Information Not Yet Obtained", YearRange.all());

  /** The codeset. */
  public static final Codeset<Ethnicity> CODESET = Codeset.of("Ethnicity", "Ethnicity", Ethnicity.class, List.of());

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
