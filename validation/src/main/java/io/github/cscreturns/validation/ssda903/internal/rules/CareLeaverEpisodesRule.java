package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Set;

/**
 * What rules 1001, 1002 and 1010 share: they judge a young person's care leaver information (OC3)
 * by the episodes of care this year and last, and flag every OC3 record of a young person whose
 * episodes do not bear it out. They need last year's return (skipped without it); a young person not
 * in it has no episodes last year.
 */
abstract class CareLeaverEpisodesRule implements Rule {
  @Override
  public final Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (child.careLeaverCheckpoints().isEmpty()) {
      return;
    }
    List<Episode> lastYears = context.previous().map(Child::episodes).orElse(List.of());
    if (notBorneOut(child, lastYears, context)) {
      flags.flagAll(child.careLeaverCheckpoints());
    }
  }

  /** Whether this year's and last year's episodes do not bear out care leaver information. */
  abstract boolean notBorneOut(Child child, List<Episode> lastYears, RuleContext context);
}
