package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset UPNunknown: reason a upn is unknown (items UPNunknown).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum UpnUnknownReason implements Code {
  /** UN1: Child is not of school age (per validator comment; the DfE wording may be longer, e.g. aged under 6 and not yet assigned a UPN) */
  UN1("UN1", "Child is not of school age (per validator comment; the DfE wording may be longer, e.g. aged under 6 and not yet assigned a UPN)", YearRange.all()),

  /** UN2: not in local sources; recalled wording: child has never attended a state-funded school in England and has not been assigned a UPN. Verify */
  UN2("UN2", "not in local sources; recalled wording: child has never attended a state-funded school in England and has not been assigned a UPN. Verify", YearRange.all()),

  /** UN3: not in local sources; recalled wording: child is educated outside England and has not been assigned a UPN. Verify */
  UN3("UN3", "not in local sources; recalled wording: child is educated outside England and has not been assigned a UPN. Verify", YearRange.all()),

  /** UN4: not in local sources; recalled wording: child new to the LA and UPN not yet obtained. Verify */
  UN4("UN4", "not in local sources; recalled wording: child new to the LA and UPN not yet obtained. Verify", YearRange.all()),

  /** UN5: not in local sources; recalled wording: sources collating UPNs reflect a discrepancy. Verify */
  UN5("UN5", "not in local sources; recalled wording: sources collating UPNs reflect a discrepancy. Verify", YearRange.all()),

  /** UN6: not in local sources. Verify against the CIN census guide */
  UN6("UN6", "not in local sources. Verify against the CIN census guide", YearRange.all()),

  /** UN7: Referral with no further action */
  UN7("UN7", "Referral with no further action", YearRange.all());

  /** The codeset. */
  public static final Codeset<UpnUnknownReason> CODESET =
      Codeset.of("UPNunknown", "Reason a UPN is unknown", UpnUnknownReason.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  UpnUnknownReason(String code, String description, YearRange validity) {
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
  public static Optional<UpnUnknownReason> parse(String text) {
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
