package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset LeaverDestination: where a leaver went (item LeaverDestination).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum LeaverDestination implements Code {
  /** 1: Social Worker Role in a Different Local Authority in England */
  SOCIAL_WORKER_OTHER_LA_ENGLAND("1", "Social Worker Role in a Different Local Authority in England", YearRange.all()),

  /** 2: Social Worker Role Outside England */
  SOCIAL_WORKER_OUTSIDE_ENGLAND("2", "Social Worker Role Outside England", YearRange.all()),

  /** 3: Agency or Consultancy in Social Work (in England) */
  AGENCY_OR_CONSULTANCY("3", "Agency or Consultancy in Social Work (in England)", YearRange.all()),

  /** 4: Other Social Work Role Non-local Authority (in England) */
  OTHER_SOCIAL_WORK_NON_LA("4", "Other Social Work Role Non-local Authority (in England)", YearRange.all()),

  /** 5: Other Social Care Role in Local Authority/Non-local Authority (in England) */
  OTHER_SOCIAL_CARE("5", "Other Social Care Role in Local Authority/Non-local Authority (in England)", YearRange.all()),

  /** 6: Non-social Care Role/Any Role Outside England/No Employment/Career Break */
  NON_SOCIAL_CARE_OR_NO_EMPLOYMENT("6", "Non-social Care Role/Any Role Outside England/No Employment/Career Break", YearRange.all()),

  /** 7: Other */
  OTHER("7", "Other", YearRange.all()),

  /** 8: Not Known */
  NOT_KNOWN("8", "Not Known", YearRange.all()),

  /** 9: Not Yet Collected */
  NOT_YET_COLLECTED("9", "Not Yet Collected", YearRange.all());

  /** The codeset. */
  public static final Codeset<LeaverDestination> CODESET = Codeset.of("LeaverDestination", "Destination of leaver", LeaverDestination.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  LeaverDestination(String code, String description, YearRange validity) {
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
  public static Optional<LeaverDestination> parse(String text) {
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
