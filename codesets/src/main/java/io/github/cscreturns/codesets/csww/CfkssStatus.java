package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset CFKSSstatus: the worker's status against the knowledge and skills statements for child and family social work (item CFKSSstatus).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum CfkssStatus implements Code {
  /** 1: Assessed and Supported Year in Employment (AYSE) */
  ASSESSED_AND_SUPPORTED_YEAR_IN_EMPLOYMENT("1", "Assessed and Supported Year in Employment (AYSE)", YearRange.all()),

  /** 2: Frontline Practitioner */
  FRONTLINE_PRACTITIONER("2", "Frontline Practitioner", YearRange.all()),

  /** 3: Practice Supervisor */
  PRACTICE_SUPERVISOR("3", "Practice Supervisor", YearRange.all()),

  /** 4: Practice Leader */
  PRACTICE_LEADER("4", "Practice Leader", YearRange.all());

  /** The codeset. */
  public static final Codeset<CfkssStatus> CODESET = Codeset.of("CFKSSstatus", "CFKSS status", CfkssStatus.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  CfkssStatus(String code, String description, YearRange validity) {
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
  public static Optional<CfkssStatus> parse(String text) {
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
