package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import java.util.Set;

/**
 * One DfE validation rule of the SSDA903 return, evaluated on one child at a time.
 *
 * <p>Implementations are named after the code ({@code Rule103}, {@code Rule503D}), hold no state and
 * are safe to share between threads. A rule asks the codesets whether a code is valid in the year
 * ({@code PlacementType.CODESET.isValid(…)}, {@code code.isValidIn(context.year())}); it never pastes
 * a code list. Its message, fields and tables come from the year's catalogue, so a rule whose logic
 * did not change is reused unchanged when the DfE rewords it.
 */
public interface Rule {
  /**
   * The DfE rule code this class implements.
   *
   * @return the DfE rule code this class implements
   */
  String code();

  /**
   * Inputs the rule needs beyond the child's records; it is skipped where one is missing.
   *
   * @return inputs the rule needs beyond the child's records
   */
  default Set<Requirement> requirements() {
    return Set.of();
  }

  /**
   * Checks one child, flagging the offending records: the child itself for the Header row, or its
   * episodes and other records. Rules must not throw on any child that can be built, however
   * invalid; where they do anyway, the validator records the rule as errored for that child.
   *
   * @param child the child
   * @param context the rule's context for the child
   * @param flags where the rule records the records it flags
   */
  void check(Child child, RuleContext context, Flags flags);
}
