package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 543: "Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet
 * conviction information has not been completed." Flags an OC2 record with CONVICTED blank of a
 * child aged 10 or over on 31 March and {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March}.
 *
 * <p>A child whose 10th birthday is 31 March is "aged 10 or over at 31 March" (the Python validator
 * needs the birthday before 31 March).
 */
public final class Rule543 implements Rule {
  @Override
  public String code() {
    return "543";
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
      if (lookedAfter && dob != null && !RowDateOfBirth.isUnder(dob, 10, yearEnd)
          && ItemPresence.isBlank(oc2.convicted(), oc2, "CONVICTED")) {
        flags.flag(oc2);
      }
    }
  }
}
