package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset ReasonAbsence: why the worker was absent at 30 September (item ReasonAbsence).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum ReasonForAbsence implements Code {
  /** MAT: Maternity/Paternity leave */
  MAT("MAT", "Maternity/Paternity leave", YearRange.all()),

  /** OTH: Other Paid Authorised Absence, Such As: Compassionate Leave, Annual Leave Requiring Reallocation Of Cases */
  OTH("OTH", "Other Paid Authorised Absence, Such As: Compassionate Leave, Annual Leave Requiring Reallocation Of Cases", YearRange.all()),

  /** PUB: Paid Absence For Public Duties, Such As: Jury Duty */
  PUB("PUB", "Paid Absence For Public Duties, Such As: Jury Duty", YearRange.all()),

  /** SIC: Sick Leave */
  SIC("SIC", "Sick Leave", YearRange.all()),

  /** TRN: Training */
  TRN("TRN", "Training", YearRange.all()),

  /** UNA: Unauthorised Absence */
  UNA("UNA", "Unauthorised Absence", YearRange.all()),

  /** UNP: Unpaid Authorised Absence */
  UNP("UNP", "Unpaid Authorised Absence", YearRange.all());

  /** The codeset. */
  public static final Codeset<ReasonForAbsence> CODESET = Codeset.of("ReasonAbsence", "Reason for absence", ReasonForAbsence.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonForAbsence(String code, String description, YearRange validity) {
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
  public static Optional<ReasonForAbsence> parse(String text) {
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
