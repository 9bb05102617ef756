package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset OC2_FLAG: the yes/no answers of the OC2 outcome items (CONVICTED, HEALTH_CHECK, IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT, SUBSTANCE_MISUSE, INTERVENTION_RECEIVED, INTERVENTION_OFFERED).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum Oc2Flag implements Code {
  /** 0: No */
  NO("0", "No", YearRange.all()),

  /** 1: Yes */
  YES("1", "Yes", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<Oc2Flag> CODESET =
      Codeset.of(
          "OC2_FLAG",
          "OC2 yes/no flag",
          Oc2Flag.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  Oc2Flag(String code, String description, YearRange validity) {
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
  public static Optional<Oc2Flag> parse(String text) {
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
