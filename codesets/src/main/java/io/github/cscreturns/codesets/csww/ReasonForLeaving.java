package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset ReasonLeave: why a leaver left (item ReasonLeave).
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum ReasonForLeaving implements Code {
  /** 1: Resignation */
  RESIGNATION("1", "Resignation", YearRange.all()),

  /** 2: Voluntary Redundancy */
  VOLUNTARY_REDUNDANCY("2", "Voluntary Redundancy", YearRange.all()),

  /** 3: Compulsory Redundancy */
  COMPULSORY_REDUNDANCY("3", "Compulsory Redundancy", YearRange.all()),

  /** 4: Dismissed */
  DISMISSED("4", "Dismissed", YearRange.all()),

  /** 5: Retired */
  RETIRED("5", "Retired", YearRange.all()),

  /** 6: Deceased */
  DECEASED("6", "Deceased", YearRange.all()),

  /** 7: Moved to a Non-child and Family Social Work Role Within LA */
  MOVED_TO_NON_CHILD_AND_FAMILY_ROLE("7", "Moved to a Non-child and Family Social Work Role Within LA", YearRange.all()),

  /** 8: Other */
  OTHER("8", "Other", YearRange.all()),

  /** 9: Not Known */
  NOT_KNOWN("9", "Not Known", YearRange.all()),

  /** 10: Not Yet Collected */
  NOT_YET_COLLECTED("10", "Not Yet Collected", YearRange.all());

  /** The codeset. */
  public static final Codeset<ReasonForLeaving> CODESET = Codeset.of("ReasonLeave", "Reason for leaving", ReasonForLeaving.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  ReasonForLeaving(String code, String description, YearRange validity) {
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
  public static Optional<ReasonForLeaving> parse(String text) {
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
