package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset StartOrigin: where a starter came from (item StartOrigin).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum StartOrigin implements Code {
  /** 1: Newly Qualified Social Workers */
  NEWLY_QUALIFIED("1", "Newly Qualified Social Workers", YearRange.all()),

  /** 2: Social Worker Role in a Different Local Authority in England */
  SOCIAL_WORKER_OTHER_LA_ENGLAND("2", "Social Worker Role in a Different Local Authority in England", YearRange.all()),

  /** 3: Social Worker Role Outside England */
  SOCIAL_WORKER_OUTSIDE_ENGLAND("3", "Social Worker Role Outside England", YearRange.all()),

  /** 4: Agency or Consultancy in Social Work (in England) */
  AGENCY_OR_CONSULTANCY("4", "Agency or Consultancy in Social Work (in England)", YearRange.all()),

  /** 5: Other Social Work Role Non-local Authority (in England) */
  OTHER_SOCIAL_WORK_NON_LA("5", "Other Social Work Role Non-local Authority (in England)", YearRange.all()),

  /** 6: Other Social Care Role in Local Authority/Non-local Authority (in England) */
  OTHER_SOCIAL_CARE("6", "Other Social Care Role in Local Authority/Non-local Authority (in England)", YearRange.all()),

  /** 7: Non-social Care Role/Any Role Outside England/No Employment/Career Break */
  NON_SOCIAL_CARE_OR_NO_EMPLOYMENT("7", "Non-social Care Role/Any Role Outside England/No Employment/Career Break", YearRange.all()),

  /** 8: Other */
  OTHER("8", "Other", YearRange.all()),

  /** 9: Not Known */
  NOT_KNOWN("9", "Not Known", YearRange.all()),

  /** 10: Not Yet Collected */
  NOT_YET_COLLECTED("10", "Not Yet Collected", YearRange.all());

  /** The codeset. */
  public static final Codeset<StartOrigin> CODESET = Codeset.of("StartOrigin", "Origin of starter", StartOrigin.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  StartOrigin(String code, String description, YearRange validity) {
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
  public static Optional<StartOrigin> parse(String text) {
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
