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
  HEADER("Header", "Header"),
  CHILD_IDENTIFIERS("ChildIdentifiers", "ChildIdentifiers"),
  CHILD_CHARACTERISTICS("ChildCharacteristics", "ChildCharacteristics"),
  DISABILITIES("Disabilities", "Disability"),
  CIN_DETAILS("CINdetails", "CINdetails"),
  ASSESSMENTS("Assessments", "Assessments"),
  CIN_PLAN_DATES("CINplanDates", "CINPlanDates"),
  SECTION47("Section47", "Section47"),
  CHILD_PROTECTION_PLANS("ChildProtectionPlans", "ChildProtectionPlans"),
  REVIEWS("Reviews", "Reviews");

  private final String dfeName;
  private final String element;

  CinTable(String dfeName, String element) {
    this.dfeName = dfeName;
    this.element = element;
  }

  /** The DfE's name of the table ("CINdetails", "CINplanDates"). */
  public String dfeName() {
    return dfeName;
  }

  /** The XML element whose occurrences are the table's records ("Disability", "CINPlanDates"). */
  public String element() {
    return element;
  }

  /** The table with the given DfE name (case ignored), or nothing. */
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
