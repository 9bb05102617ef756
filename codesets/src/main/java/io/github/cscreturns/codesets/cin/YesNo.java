package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset YesNo: yes or no (true/false, 1/0) (items ReferralNFA, ICPCnotRequired).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum YesNo implements Code {
  /** true: (no wording in the DfE sources) */
  TRUE("true", "(no wording in the DfE sources)", YearRange.all()),

  /** false: (no wording in the DfE sources) */
  FALSE("false", "(no wording in the DfE sources)", YearRange.all()),

  /** TRUE: (no wording in the DfE sources) */
  TRUE_UPPER("TRUE", "(no wording in the DfE sources)", YearRange.all()),

  /** FALSE: (no wording in the DfE sources) */
  FALSE_UPPER("FALSE", "(no wording in the DfE sources)", YearRange.all()),

  /** 0: (no wording in the DfE sources) */
  NO("0", "(no wording in the DfE sources)", YearRange.all()),

  /** 1: (no wording in the DfE sources) */
  YES("1", "(no wording in the DfE sources)", YearRange.all());

  /** The codeset. */
  public static final Codeset<YesNo> CODESET =
      Codeset.of("YesNo", "Yes or no (true/false, 1/0)", YesNo.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  YesNo(String code, String description, YearRange validity) {
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
  public static Optional<YesNo> parse(String text) {
    return CODESET.parse(text);
  }

  /**
   * Whether the code means yes ({@code true}, {@code TRUE} or {@code 1}).
   *
   * @return whether the code means yes ({@code true}, {@code TRUE} or {@code 1})
   */
  public boolean isYes() {
    return this == TRUE || this == TRUE_UPPER || this == YES;
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
