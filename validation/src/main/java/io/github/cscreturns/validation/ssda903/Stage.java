package io.github.cscreturns.validation.ssda903;

import java.util.Optional;

/**
 * The DfE's two stages of SSDA903 validation: its validation-checks documents list every rule under
 * stage 1 or stage 2, and the DfE's portal runs stage 2 only on records that pass stage 1. The
 * social-worker episode rules carry their stage in their code ({@code SW01STG1}, {@code SW06STG2}).
 *
 * @since 2022-23
 */
public enum Stage {
  /** Stage 1 of the DfE's validation checks. */
  ONE(1),
  /** Stage 2 of the DfE's validation checks, run on records that pass stage 1. */
  TWO(2);

  private final int number;

  Stage(int number) {
    this.number = number;
  }

  /**
   * 1 or 2.
   *
   * @return 1 or 2
   */
  public int number() {
    return number;
  }

  /**
   * The stage numbered 1 or 2, or nothing.
   *
   * @param number the number
   * @return the stage numbered 1 or 2, or nothing
   */
  public static Optional<Stage> of(int number) {
    for (Stage s : values()) {
      if (s.number == number) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The stage a rule's code names: the social-worker episode codes end in STG1 or STG2. Other DfE
   * codes do not name their stage; for them the DfE's validation-checks document is the source, and
   * where none is at hand the stage is unknown (empty), never guessed.
   *
   * @param code the code
   * @return the stage a rule's code names
   */
  public static Optional<Stage> namedInCode(String code) {
    if (code.endsWith("STG1")) {
      return Optional.of(ONE);
    }
    if (code.endsWith("STG2")) {
      return Optional.of(TWO);
    }
    return Optional.empty();
  }
}
