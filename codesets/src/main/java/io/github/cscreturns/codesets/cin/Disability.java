package io.github.cscreturns.codesets.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.YearRange;
import java.util.List;
import java.util.Optional;

/**
 * CIN census codeset Disability: disability (items Disability).
 *
 * <p>Codes, wording and years as {@code spec/cin/codesets.csv} records them; ask {@link #CODESET}
 * which codes may be returned in a year.
 *
 * @since 2022-23
 */
public enum Disability implements Code {
  /** NONE: No disability */
  NO_DISABILITY("NONE", "No disability", YearRange.all()),

  /** MOB: Mobility */
  MOBILITY("MOB", "Mobility", YearRange.all()),

  /** HAND: Hand function */
  HAND_FUNCTION("HAND", "Hand function", YearRange.all()),

  /** PC: Personal care */
  PERSONAL_CARE("PC", "Personal care", YearRange.all()),

  /** INC: Incontinence */
  INCONTINENCE("INC", "Incontinence", YearRange.all()),

  /** COMM: Communication */
  COMMUNICATION("COMM", "Communication", YearRange.all()),

  /** LD: Learning */
  LEARNING("LD", "Learning", YearRange.all()),

  /** HEAR: Hearing */
  HEARING("HEAR", "Hearing", YearRange.all()),

  /** VIS: Vision */
  VISION("VIS", "Vision", YearRange.all()),

  /** BEH: Behaviour */
  BEHAVIOUR("BEH", "Behaviour", YearRange.all()),

  /** CON: Consciousness */
  CONSCIOUSNESS("CON", "Consciousness", YearRange.all()),

  /** AUT: Autism */
  AUTISM("AUT", "Autism", YearRange.all()),

  /** DDA: Other */
  OTHER("DDA", "Other", YearRange.all());

  /** The codeset. */
  public static final Codeset<Disability> CODESET =
      Codeset.of("Disability", "Disability", Disability.class, List.of());

  private final String code;
  private final String description;
  private final YearRange validity;

  Disability(String code, String description, YearRange validity) {
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
  public static Optional<Disability> parse(String text) {
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
