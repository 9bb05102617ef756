package io.github.cscreturns.core.cin;

import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of record of the CIN census, named as the DfE's validator names its tables. A record's
 * position is its 0-based place among the elements of its kind in the whole file.
 *
 * @since 2022-23
 */
public enum CinTable {
  /** The DfE's Header table. */
  HEADER("Header", "Header"),
  /** The DfE's ChildIdentifiers table. */
  CHILD_IDENTIFIERS("ChildIdentifiers", "ChildIdentifiers"),
  /** The DfE's ChildCharacteristics table. */
  CHILD_CHARACTERISTICS("ChildCharacteristics", "ChildCharacteristics"),
  /** The DfE's Disabilities table. */
  DISABILITIES("Disabilities", "Disability"),
  /** The DfE's CINdetails table. */
  CIN_DETAILS("CINdetails", "CINdetails"),
  /** The DfE's Assessments table. */
  ASSESSMENTS("Assessments", "Assessments"),
  /** The DfE's CINplanDates table. */
  CIN_PLAN_DATES("CINplanDates", "CINPlanDates"),
  /** The DfE's Section47 table. */
  SECTION47("Section47", "Section47"),
  /** The DfE's ChildProtectionPlans table. */
  CHILD_PROTECTION_PLANS("ChildProtectionPlans", "ChildProtectionPlans"),
  /** The DfE's Reviews table. */
  REVIEWS("Reviews", "Reviews");

  private final String dfeName;
  private final String element;

  CinTable(String dfeName, String element) {
    this.dfeName = dfeName;
    this.element = element;
  }

  /**
   * The DfE's name of the table ("CINdetails", "CINplanDates").
   *
   * @return the DfE's name of the table ("CINdetails", "CINplanDates")
   */
  public String dfeName() {
    return dfeName;
  }

  /**
   * The XML element whose occurrences are the table's records ("Disability", "CINPlanDates").
   *
   * @return the XML element whose occurrences are the table's records ("Disability",
   *     "CINPlanDates")
   */
  public String element() {
    return element;
  }

  /**
   * The table with the given DfE name (case ignored), or nothing.
   *
   * @param name the name
   * @return the table with the given DfE name (case ignored), or nothing
   */
  public static Optional<CinTable> byDfeName(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (CinTable t : values()) {
      if (t.dfeName.toLowerCase(Locale.ROOT).equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
