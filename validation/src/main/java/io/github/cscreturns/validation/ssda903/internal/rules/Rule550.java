package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 550: "A placement provider code of PR0 can only be associated with placement P1." Flags each episode
 * with placement provider PR0 (parents or others with parental responsibility) whose placement is not
 * P1: a blank or unreadable PLACE is not P1 either, as the Python validator reads the rule (unlike 527 to
 * 531, which name the placements a provider cannot give). Same in every year.
 */
public final class Rule550 implements Rule {
  @Override
  public String code() {
    return "550";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.placement().provider().filter(p -> p == PlacementProvider.PR0).isPresent()
          && e.placement().type().filter(t -> t == PlacementType.P1).isEmpty()) {
        flags.flag(e);
      }
    }
  }
}
