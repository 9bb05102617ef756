package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * NoE: "This child has no episodes loaded for previous year even though child started to be looked
 * after before this current year." Needs last year's return. Where last year's return has no episode
 * of the child (the child is not in it, or has no episode rows there), flags each of this year's
 * episodes whose DECOM ({@link LastYearsReturn#recordedDate read as a day}) is before 1 April of the
 * collection year. This is the rule about a child missing from last year's return, so that absence is
 * what it reports.
 */
public final class RuleNoE implements Rule {
  @Override
  public String code() {
    return "NoE";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (context.previous().map(last -> !last.episodes().isEmpty()).orElse(false)) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (LastYearsReturn.startOf(e).map(d -> d.isBefore(context.year().ssda903Start())).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
