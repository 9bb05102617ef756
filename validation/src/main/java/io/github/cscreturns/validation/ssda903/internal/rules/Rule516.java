package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 516: "The episode data submitted for this child does not show that he/she was with their former
 * foster carer(s) during the year. If the code in the reason episode ceased is E45 or E46 the child
 * must have a placement code of U1 to U6." Flags each episode ceasing with a special guardianship order
 * to former foster carers (E45, E46) whose placement type is not a foster placement (U1–U6), blank
 * included. Same in every year.
 */
public final class Rule516 implements Rule {
  @Override
  public String code() {
    return "516";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean toFosterCarers = e.reasonCeased().map(ReasonEpisodeCeased::isSpecialGuardianshipToFormerFosterCarers).orElse(false);
      if (toFosterCarers && !e.placement().type().map(PlacementType::isFoster).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
