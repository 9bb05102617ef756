package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 197B: "SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds." Flags an OC2 record
 * with SDQ_SCORE and SDQ_REASON both blank of a child {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March} whose 4th or 17th birthday falls in the
 * year, a 17th birthday on 1 April excepted: that child is "aged 17 years or over at the beginning of
 * the year", for whom rule 189 forbids an SDQ score or reason.
 */
public final class Rule197B implements Rule {
  @Override
  public String code() {
    return "197B";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      LocalDate dob = RowDateOfBirth.of(oc2, child).orElse(null);
      if (lookedAfter && dob != null
          && (Birthdays.fallsInYear(dob, 4, context.year())
              || (Birthdays.fallsInYear(dob, 17, context.year()) && dob.plusYears(17).isAfter(context.year().ssda903Start())))
          && !HealthOutcomeItems.sdqRecorded(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
