package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 504: "The category of need code differs from that reported at start of current period of being looked
 * after". Taking episodes in date order, flags an episode that continues the period of care — the
 * previous episode ceased with X1 on the day this one starts — whose category of need (CIN) differs
 * from the previous episode's. Comparing each episode with its predecessor carries the first episode's
 * CIN through the period, so a change is reported on the episode that makes it. Same in every year.
 */
public final class Rule504 implements Rule {
  @Override
  public String code() {
    return "504";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean continues = previous.reasonCeased().filter(r -> r == ReasonEpisodeCeased.X1).isPresent()
          && previous.end().equals(current.start());
      if (continues
          && !EpisodeItems.codeText(previous, previous.categoryOfNeed(), "CIN")
              .equals(EpisodeItems.codeText(current, current.categoryOfNeed(), "CIN"))) {
        flags.flag(current);
      }
    });
  }
}
