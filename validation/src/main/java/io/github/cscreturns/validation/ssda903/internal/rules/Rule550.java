package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 550: "A placement provider code of PR0 can only be associated with placement P1." Flags each
 * episode with placement provider PR0 (parents or others with parental responsibility) whose
 * placement type that provider cannot provide, as {@link PlacementProvider#mayProvide} pairs them.
 * Nothing is flagged where the placement type is blank or unknown (other rules report it). Same in
 * every year.
 */
public final class Rule550 implements Rule {
  @Override
  public String code() {
    return "550";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean provider = e.placement().provider().filter(p -> p == PlacementProvider.PR0).isPresent();
      if (provider && e.placement().type().map(t -> !PlacementProvider.PR0.mayProvide(t)).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
