package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 437: "Reason episode ceased is child has died or is aged 18 or over but there are further episodes."
 * Taking episodes in date order, flags each episode ceasing because the child died (E2) or an age
 * assessment found the child to be 18 or over (E15) that is followed by another episode. Episodes
 * without a start date are not placed in order, so they do not count as further episodes: whether
 * they came after cannot be told, and the rules on DECOM report them. Same in every year.
 */
public final class Rule437 implements Rule {
  @Override
  public String code() {
    return "437";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> ordered = child.episodesInDateOrder();
    for (int i = 0; i < ordered.size() - 1; i++) {
      Episode e = ordered.get(i);
      if (e.reasonCeased().map(ReasonEpisodeCeased::precludesFurtherEpisodes).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
