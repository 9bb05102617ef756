package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 529: "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2
 * and U1 to U6 as these placements cannot be provided by other public organisations." Flags each
 * episode with placement provider PR3 (other public provision) whose placement type that provider
 * cannot provide, as {@link PlacementProvider#mayProvide} pairs them. Nothing is flagged where the
 * placement type is blank or unknown (other rules report it). Same in every year.
 */
public final class Rule529 implements Rule {
  @Override
  public String code() {
    return "529";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean provider = e.placement().provider().filter(p -> p == PlacementProvider.PR3).isPresent();
      if (provider && e.placement().type().map(t -> !PlacementProvider.PR3.mayProvide(t)).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
