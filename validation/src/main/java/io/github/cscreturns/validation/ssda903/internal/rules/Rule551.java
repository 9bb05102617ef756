package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 551: "Child has been placed for adoption but there is no date of the decision that the child
 * should be placed for adoption." Flags each episode placed for adoption (PLACE A3 to A6) of a child
 * with no PlacedAdoption record, or with one whose DATE_PLACED is blank. Same in every year.
 */
public final class Rule551 implements Rule {
  @Override
  public String code() {
    return "551";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean noDecisionDate =
        child.placedForAdoption().isEmpty()
            || child.placedForAdoption().stream().anyMatch(p -> ItemPresence.isBlank(p.decisionDate(), p, "DATE_PLACED"));
    if (!noDecisionDate) {
      return;
    }
    for (Episode e : child.episodes()) {
      if (AdoptionEpisodes.isPlacedForAdoption(e)) {
        flags.flag(e);
      }
    }
  }
}
