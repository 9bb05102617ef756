package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 432: "The child ceased to be looked after at the end of the previous episode but the reason for the
 * new episode is not started to be looked after." Taking episodes in date order, flags an episode
 * whose RNE is given and is not S when the previous episode ceased for a reason that ends care (any
 * REC but X1). A blank RNE is left to the rules on missing items. Same in every year.
 */
public final class Rule432 implements Rule {
  @Override
  public String code() {
    return "432";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean careEnded = previous.reasonCeased().map(ReasonEpisodeCeased::endsPeriodOfCare).orElse(false);
      boolean notStarted = current.reasonNewEpisode().map(r -> r != ReasonNewEpisode.S)
          .orElse(current.unparsed("RNE").isPresent());
      if (careEnded && notStarted) {
        flags.flag(current);
      }
    });
  }
}
