package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 527: "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5." Flags
 * each episode with placement provider PR1 (the local authority's own provision) whose placement
 * type that provider cannot provide, as {@link PlacementProvider#mayProvide} pairs them. Nothing
 * is flagged where the placement type is blank or unknown (other rules report it). Same in every
 * year.
 */
public final class Rule527 implements Rule {
  @Override
  public String code() {
    return "527";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean provider = e.placement().provider().filter(p -> p == PlacementProvider.PR1).isPresent();
      if (provider && e.placement().type().map(t -> !PlacementProvider.PR1.mayProvide(t)).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
