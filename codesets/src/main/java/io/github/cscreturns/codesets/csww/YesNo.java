package io.github.cscreturns.codesets.csww;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CSWW codeset YesNo: a yes/no answer (schema type yesnotype), used by items StepUpGrad, FrontlineGrad and Absat30Sept.
 *
 * <p>Codes and wording as the 2022 census schema documents them, the only source for this item; they
 * are modelled as valid in every year, which is unverified outside 2021-22. Ask {@link #CODESET}
 * for the codes of a year.
 *
 * @since 2021-22
 */
public enum YesNo implements Code {
  /** 0: No */
  NO("0", "No", YearRange.all()),

  /** 1: Yes */
  YES("1", "Yes", YearRange.all());

  /** The codeset. */
  public static final Codeset<YesNo> CODESET = Codeset.of("YesNo", "Yes or no", YesNo.class, List.of());

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
