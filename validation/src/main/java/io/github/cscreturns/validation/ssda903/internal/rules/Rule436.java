package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 436: "Reason for new episode is that both child’s placement and legal status have changed, but this
 * is not reflected in the episode data." Taking episodes in date order, flags an episode with RNE B or
 * U (legal status and placement) whose legal status is the same as the previous episode's, or whose
 * placement is the same as it (placement type, provider, placement postcode and URN all alike). Same
 * in every year.
 */
public final class Rule436 implements Rule {
  @Override
  public String code() {
    return "436";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean both = current.reasonNewEpisode().map(r -> r.changesPlacement() && r.changesLegalStatus()).orElse(false);
      if (both && (EpisodeItems.sameLegalStatus(previous, current) || EpisodeItems.samePlacement(previous, current))) {
        flags.flag(current);
      }
    });
  }
}
