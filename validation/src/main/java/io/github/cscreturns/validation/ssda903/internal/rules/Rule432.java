package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 432: "The child ceased to be looked after at the end of the previous episode but the reason for the
 * new episode is not started to be looked after." Taking episodes in order of DECOM (an episode whose
 * DECOM is not a date comes last, as the Python validator orders them), flags an episode whose RNE is
 * not S, blank included, when the previous episode ceased for a reason of the year that ends care (a
 * REC valid in the year other than X1; a code of earlier years such as E4 is not one). Same in every
 * year.
 */
public final class Rule432 implements Rule {
  @Override
  public String code() {
    return "432";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutiveUndatedLast(child, (previous, current) -> {
      boolean careEnded = previous.reasonCeased()
          .map(rec -> rec.endsPeriodOfCare() && rec.isValidIn(context.year())).orElse(false);
      boolean notStarted = current.reasonNewEpisode().map(r -> r != ReasonNewEpisode.S).orElse(true);
      if (careEnded && notStarted) {
        flags.flag(current);
      }
    });
  }
}
