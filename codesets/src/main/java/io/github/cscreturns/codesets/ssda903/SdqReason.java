package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset SDQ_REASON: why no strengths and difficulties questionnaire score was returned (item SDQ_REASON).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum SdqReason implements Code {
  /** SDQ1: No form returned as child was aged under 4 or over 16 at date of latest assessment */
  SDQ1("SDQ1", "No form returned as child was aged under 4 or over 16 at date of latest assessment", YearRange.all()),

  /** SDQ2: Carer(s) refused to complete and return questionnaire */
  SDQ2("SDQ2", "Carer(s) refused to complete and return questionnaire", YearRange.all()),

  /** SDQ3: Not possible to complete the questionnaire due to severity of the child's disability */
  SDQ3("SDQ3", "Not possible to complete the questionnaire due to severity of the child's disability", YearRange.all()),

  /** SDQ4: Other */
  SDQ4("SDQ4", "Other", YearRange.all()),

  /** SDQ5: Child or young person refuses to allow a strengths and difficulties questionnaire (SDQ) to be completed */
  SDQ5("SDQ5", "Child or young person refuses to allow a strengths and difficulties questionnaire (SDQ) to be completed", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<SdqReason> CODESET =
      Codeset.of(
          "SDQ_REASON",
          "Reason for no SDQ score",
          SdqReason.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  SdqReason(String code, String description, YearRange validity) {
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
  public static Optional<SdqReason> parse(String text) {
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
