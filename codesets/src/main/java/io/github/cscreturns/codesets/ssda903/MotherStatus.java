package io.github.cscreturns.codesets.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * SSDA903 codeset MOTHER: whether the child is a mother (item MOTHER).
 *
 * <p>Constants are in the order of the DfE guide; each knows the collection years in which it may
 * be returned. Ask {@link #CODESET} for the codes of a year.
 *
 * @since 2013-14
 */
public enum MotherStatus implements Code {
  /** 0: Not a mother */
  NOT_A_MOTHER("0", "Not a mother", YearRange.all()),

  /** 1: Is a mother */
  IS_A_MOTHER("1", "Is a mother", YearRange.all());

  /** The codeset, with its crosswalks between years. */
  public static final Codeset<MotherStatus> CODESET =
      Codeset.of(
          "MOTHER",
          "Mother status",
          MotherStatus.class,
          List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  MotherStatus(String code, String description, YearRange validity) {
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
  public static Optional<MotherStatus> parse(String text) {
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
