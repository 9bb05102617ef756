package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 348: "Care leaver has previously been reported as having died." (from 2025-26) Where last year's
 * return has an OC3 record of the young person with IN_TOUCH DIED, flags each of this year's OC3
 * records whose IN_TOUCH is not DIED.
 */
public final class Rule348 implements Rule {
  @Override
  public String code() {
    return "348";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean diedLastYear =
        context.previous().stream()
            .flatMap(c -> c.careLeaverCheckpoints().stream())
            .anyMatch(oc3 -> oc3.inTouch().orElse(null) == InTouch.DIED);
    if (!diedLastYear) {
      return;
    }
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (oc3.inTouch().orElse(null) != InTouch.DIED) {
        flags.flag(oc3);
      }
    }
  }
}
