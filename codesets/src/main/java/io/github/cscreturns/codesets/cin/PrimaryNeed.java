package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset PrimaryNeedCode: primary need (items PrimaryNeedCode).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum PrimaryNeed implements Code {
  /** N1: Abuse or neglect */
  ABUSE_OR_NEGLECT("N1", "Abuse or neglect", YearRange.all()),

  /** N2: Child's disability */
  CHILDS_DISABILITY("N2", "Child's disability", YearRange.all()),

  /** N3: Parental disability or illness */
  PARENTAL_DISABILITY_OR_ILLNESS("N3", "Parental disability or illness", YearRange.all()),

  /** N4: Family in acute stress */
  FAMILY_IN_ACUTE_STRESS("N4", "Family in acute stress", YearRange.all()),

  /** N5: Family dysfunction */
  FAMILY_DYSFUNCTION("N5", "Family dysfunction", YearRange.all()),

  /** N6: Socially unacceptable behaviour */
  SOCIALLY_UNACCEPTABLE_BEHAVIOUR("N6", "Socially unacceptable behaviour", YearRange.all()),

  /** N7: Low income */
  LOW_INCOME("N7", "Low income", YearRange.all()),

  /** N8: Absent parenting */
  ABSENT_PARENTING("N8", "Absent parenting", YearRange.all()),

  /** N9: Cases other than children in need */
  CASES_OTHER_THAN_CHILDREN_IN_NEED("N9", "Cases other than children in need", YearRange.all()),

  /** N0: Not stated */
  NOT_STATED("N0", "Not stated", YearRange.all());

  /** The codeset. */
  public static final Codeset<PrimaryNeed> CODESET =
      Codeset.of("PrimaryNeedCode", "Primary need", PrimaryNeed.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  PrimaryNeed(String code, String description, YearRange validity) {
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
  public static Optional<PrimaryNeed> parse(String text) {
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
