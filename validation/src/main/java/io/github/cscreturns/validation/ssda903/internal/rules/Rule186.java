package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 186: "Children aged 4 or over at the start of the year and children aged under 17 at the end of the
 * year and who have been looked after for at least 12 months continuously should have a Strengths and
 * Difficulties (SDQ) score completed." Flags an OC2 record of a child aged 4 or over on 1 April,
 * under 17 on 31 March and {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March}, with neither
 * SDQ_SCORE nor SDQ_REASON (the reason there is no score) filled in.
 */
public final class Rule186 implements Rule {
  @Override
  public String code() {
    return "186";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    LocalDate yearStart = context.year().ssda903Start();
    LocalDate yearEnd = context.year().ssda903End();
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      LocalDate dob = RowDateOfBirth.of(oc2, child).orElse(null);
      if (lookedAfter && dob != null && !RowDateOfBirth.isUnder(dob, 4, yearStart) && RowDateOfBirth.isUnder(dob, 17, yearEnd)
          && !HealthOutcomeItems.sdqRecorded(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
