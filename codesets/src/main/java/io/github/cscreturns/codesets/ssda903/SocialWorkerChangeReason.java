package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset SW_REASON: why a social worker episode ended (item SW_REASON).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2023-24
 */
public enum SocialWorkerChangeReason implements Code {
  /** MANAGE: Managing caseloads */
  MANAGE("MANAGE", "Managing caseloads", YearRange.from(CollectionYear.Y2023_24)),

  /** FCONTA: First contact or re-referral */
  FCONTA("FCONTA", "First contact or re-referral", YearRange.from(CollectionYear.Y2023_24)),

  /** LEFTRL: Social worker left the role */
  LEFTRL("LEFTRL", "Social worker left the role", YearRange.from(CollectionYear.Y2023_24)),

  /** ORGRST: Organisational restructure */
  ORGRST("ORGRST", "Organisational restructure", YearRange.from(CollectionYear.Y2023_24)),

  /** TSPROC: New social worker assigned following child transfer due to standard process */
  TSPROC("TSPROC", "New social worker assigned following child transfer due to standard process", YearRange.from(CollectionYear.Y2023_24)),

  /** ABSENC: Absence cover or return from absence */
  ABSENC("ABSENC", "Absence cover or return from absence", YearRange.from(CollectionYear.Y2023_24)),

  /** CHCHAN: Child requested change from previous social worker */
  CHCHAN("CHCHAN", "Child requested change from previous social worker", YearRange.from(CollectionYear.Y2023_24)),

  /** PCCHAN: Parent/carer or child requested change */
  PCCHAN("PCCHAN", "Parent/carer or child requested change", YearRange.from(CollectionYear.Y2023_24)),

  /** SWDIED: Social worker died */
  SWDIED("SWDIED", "Social worker died", YearRange.from(CollectionYear.Y2023_24)),

  /** OTHERS: Other */
  OTHERS("OTHERS", "Other", YearRange.from(CollectionYear.Y2023_24));

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<SocialWorkerChangeReason> CODESET =
      Codeset.of(
          "SW_REASON",
          "Reason for change of social worker",
          SocialWorkerChangeReason.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  SocialWorkerChangeReason(String code, String description, YearRange validity) {
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
  public static Optional<SocialWorkerChangeReason> parse(String text) {
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
