package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 530: "A placement provider code of PR4 cannot be associated with placement P1." Flags each
 * episode with placement provider PR4 (private provision) whose placement type that provider
 * cannot provide, as {@link PlacementProvider#mayProvide} pairs them. Nothing is flagged where the
 * placement type is blank or unknown (other rules report it). Same in every year.
 */
public final class Rule530 implements Rule {
  @Override
  public String code() {
    return "530";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean provider = e.placement().provider().filter(p -> p == PlacementProvider.PR4).isPresent();
      if (provider && e.placement().type().map(t -> !PlacementProvider.PR4.mayProvide(t)).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
