package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 191: "Child has been looked after continuously for at least 12 months at 31 March but one or more
 * data items relating to children looked after for 12 months have been left blank." For a child
 * {@linkplain LookedAfterContinuously looked after continuously for 12 months at 31 March}, flags each
 * OC2 record that leaves any of IMMUNISATIONS, TEETH_CHECK, HEALTH_ASSESSMENT and SUBSTANCE_MISUSE
 * blank, or, where the child has no OC2 record at all, the child's first episode.
 */
public final class Rule191 implements Rule {
  @Override
  public String code() {
    return "191";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!LookedAfterContinuously.for12MonthsAt31March(child, context.year())) {
      return;
    }
    if (child.healthOutcomes().isEmpty()) {
      // looked after in the year implies a dated episode
      flags.flag(child.episodesInDateOrder().get(0));
      return;
    }
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      if (HealthOutcomeItems.anyCoreItemBlank(oc2)) {
        flags.flag(oc2);
      }
    }
  }
}
