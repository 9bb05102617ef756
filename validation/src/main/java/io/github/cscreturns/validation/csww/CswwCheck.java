package io.github.cscreturns.validation.csww;

import io.github.cscreturns.validation.Severity;
import java.util.List;

/**
 * The consistency checks of a CSWW census return, each with a stable code, its severity, its message
 * and the items it concerns.
 *
 * <p>The DfE's own CSWW validation rules are not in our sources, so these codes ("CSWW01" …) are the
 * SDK's: checks a DfE return would make, from the 2022 schema and the census definitions (FTE from 0
 * to 1, leavers leave and starters start inside the census year, agency workers are not employees,
 * totals agree). Codes are never reused or renumbered. Messages never quote a value.
 *
 * @since 2021-22
 */
public enum CswwCheck {
  /** A value does not have the form or code its item requires. */
  CSWW01(Severity.ERROR, "CSWWWorker", "A value does not have the form or code its item requires.", List.of()),
  /** AgencyWorker must be given: 0 for an employee, 1 for an agency worker. */
  CSWW02(Severity.ERROR, "CSWWWorker", "AgencyWorker must be given: 0 for an employee, 1 for an agency worker.", List.of("AgencyWorker")),
  /** SWENo must be given as two letters followed by ten digits. */
  CSWW03(Severity.ERROR, "CSWWWorker", "SWENo must be given as two letters followed by ten digits.", List.of("SWENo")),
  /** A worker's FTE must be between 0 and 1. */
  CSWW04(Severity.ERROR, "CSWWWorker", "A worker's FTE must be between 0 and 1.", List.of("FTE", "FTE30")),
  /** A leaver's RoleEndDate must fall within the census year, 1 October to 30 September. */
  CSWW05(Severity.ERROR, "CSWWWorker", "A leaver's RoleEndDate must fall within the census year, 1 October to 30 September.", List.of("RoleEndDate")),
  /** LeaverDestination or ReasonLeave is given but there is no RoleEndDate. */
  CSWW06(Severity.QUERY, "CSWWWorker", "LeaverDestination or ReasonLeave is given but there is no RoleEndDate.", List.of("RoleEndDate", "LeaverDestination", "ReasonLeave")),
  /** RoleStartDate is after the census date, 30 September. */
  CSWW07(Severity.ERROR, "CSWWWorker", "RoleStartDate is after the census date, 30 September.", List.of("RoleStartDate")),
  /** StartOrigin is given but RoleStartDate does not fall within the census year: only starters have an origin. */
  CSWW08(Severity.QUERY, "CSWWWorker", "StartOrigin is given but RoleStartDate does not fall within the census year: only starters have an origin.", List.of("RoleStartDate", "StartOrigin")),
  /** RoleEndDate is before RoleStartDate. */
  CSWW09(Severity.ERROR, "CSWWWorker", "RoleEndDate is before RoleStartDate.", List.of("RoleStartDate", "RoleEndDate")),
  /** A worker in post at 30 September is recorded both as an agency worker and as an employee (same SWENo). */
  CSWW10(Severity.ERROR, "CSWWWorker", "A worker in post at 30 September is recorded both as an agency worker and as an employee (same SWENo).", List.of("AgencyWorker", "SWENo")),
  /** NoAgencyHeadcount differs from the number of agency worker records in post at 30 September. */
  CSWW11(Severity.QUERY, "LALevelVacancies", "NoAgencyHeadcount differs from the number of agency worker records in post at 30 September.", List.of("NoAgencyHeadcount", "AgencyWorker")),
  /** NoAgencyFTE is greater than NoAgencyHeadcount: an agency worker's FTE is at most 1. */
  CSWW12(Severity.ERROR, "LALevelVacancies", "NoAgencyFTE is greater than NoAgencyHeadcount: an agency worker's FTE is at most 1.", List.of("NoAgencyFTE", "NoAgencyHeadcount")),
  /** A count, number of days or number of weeks is negative. */
  CSWW13(Severity.ERROR, "CSWWWorker", "A count, number of days or number of weeks is negative.", List.of("Cases30", "WorkingDaysLost", "ContractWeeks", "NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount")),
  /** LALevelVacancies must be given, with NumberOfVacancies, NoAgencyFTE and NoAgencyHeadcount. */
  CSWW14(Severity.ERROR, "LALevelVacancies", "LALevelVacancies must be given, with NumberOfVacancies, NoAgencyFTE and NoAgencyHeadcount.", List.of("NumberOfVacancies", "NoAgencyFTE", "NoAgencyHeadcount")),
  /** The header's ReferenceDate is not the census date of the collection year. */
  CSWW15(Severity.QUERY, "Header", "The header's ReferenceDate is not the census date of the collection year.", List.of("ReferenceDate"));

  private final Severity severity;
  private final String table;
  private final String message;
  private final List<String> fields;

  CswwCheck(Severity severity, String table, String message, List<String> fields) {
    this.severity = severity;
    this.table = table;
    this.message = message;
    this.fields = fields;
  }

  /**
   * The stable code, such as "CSWW04".
   *
   * @return the stable code, such as "CSWW04"
   */
  public String code() {
    return name();
  }

  /**
   * Error (the census cannot be accepted) or query (to be checked and explained).
   *
   * @return error (the census cannot be accepted) or query (to be checked and explained)
   */
  public Severity severity() {
    return severity;
  }

  /**
   * The schema element of the records it flags, by default.
   *
   * @return the schema element of the records it flags, by default
   */
  public String table() {
    return table;
  }

  /**
   * What the check found, in words a data officer acts on; never a value from the census.
   *
   * @return what the check found, in words a data officer acts on
   */
  public String message() {
    return message;
  }

  /**
   * The census items it concerns (schema element names); CSWW01 names the item in each finding.
   *
   * @return the census items it concerns (schema element names)
   */
  public List<String> fields() {
    return fields;
  }
}
