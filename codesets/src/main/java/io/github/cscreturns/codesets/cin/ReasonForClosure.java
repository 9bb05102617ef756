package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset ReasonForClosure: reason for closure (items ReasonForClosure).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum ReasonForClosure implements Code {
  /** RC1: Adopted */
  ADOPTED("RC1", "Adopted", YearRange.all()),

  /** RC2: Died */
  DIED("RC2", "Died", YearRange.all()),

  /** RC3: Child arrangements order */
  CHILD_ARRANGEMENTS_ORDER("RC3", "Child arrangements order", YearRange.all()),

  /** RC4: Special guardianship order */
  SPECIAL_GUARDIANSHIP_ORDER("RC4", "Special guardianship order", YearRange.all()),

  /** RC5: Transferred to services of another local authority */
  TRANSFERRED_TO_SERVICES_OF_ANOTHER_LOCAL_AUTHORITY("RC5", "Transferred to services of another local authority", YearRange.all()),

  /** RC6: Transferred to adult social care services */
  TRANSFERRED_TO_ADULT_SOCIAL_CARE_SERVICES("RC6", "Transferred to adult social care services", YearRange.all()),

  /** RC7: Services ceased for any other reason, including child no longer in need */
  SERVICES_CEASED_FOR_ANY_OTHER_REASON("RC7", "Services ceased for any other reason, including child no longer in need", YearRange.all()),

  /** RC8: Case closed after assessment, no further action */
  CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION("RC8", "Case closed after assessment, no further action", YearRange.all()),

  /** RC9: Case closed after assessment, referred to early help */
  CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP("RC9", "Case closed after assessment, referred to early help", YearRange.from(CollectionYear.Y2022_23));

  /** The codeset. */
  public static final Codeset<ReasonForClosure> CODESET =
      Codeset.of("ReasonForClosure", "Reason for closure", ReasonForClosure.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonForClosure(String code, String description, YearRange validity) {
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
  public static Optional<ReasonForClosure> parse(String text) {
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
