package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * A query on an assessment factor the DfE split in 2020-21 and still sees in returns (18A into 18B
 * and 18C, 19A into 19B and 19C): the assessment recording it is flagged.
 */
abstract class WithdrawnFactorQuery implements CinRule {
  private final String factor;

  WithdrawnFactorQuery(String factor) {
    this.factor = factor;
  }

  @Override
  public final void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (Assessment a : child.assessments()) {
      if (AssessmentFactors.has(a, factor)) {
        flags.flag(a);
      }
    }
  }
}
