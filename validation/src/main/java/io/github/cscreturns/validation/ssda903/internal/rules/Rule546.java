package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 546: "Children aged 5 or over at 31 March should not have health promotion information completed."
 * Flags an OC2 record with HEALTH_CHECK filled in of a child aged 5 or over on 31 March and {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March} (the
 * OC2 cohort: other children's OC2 items are rule 190's).
 */
public final class Rule546 implements Rule {
  @Override
  public String code() {
    return "546";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    LocalDate yearEnd = context.year().ssda903End();
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      LocalDate dob = RowDateOfBirth.of(oc2, child).orElse(null);
      if (lookedAfter && dob != null && !RowDateOfBirth.isUnder(dob, 5, yearEnd)
          && ItemPresence.isRecorded(oc2.healthCheck(), oc2, "HEALTH_CHECK")) {
        flags.flag(oc2);
      }
    }
  }
}
