package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 434: "Reason for new episode is that child's legal status has changed but not the placement, but this
 * is not reflected in the episode data." Taking episodes in date order, flags an episode with RNE L
 * (legal status only) whose legal status is the same as the previous episode's, or whose placement
 * differs from it (placement type, provider, placement postcode or URN). Same in every year.
 */
public final class Rule434 implements Rule {
  @Override
  public String code() {
    return "434";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean legalStatusOnly = current.reasonNewEpisode().map(r -> r.changesLegalStatus() && !r.changesPlacement()).orElse(false);
      if (legalStatusOnly
          && (EpisodeItems.sameLegalStatus(previous, current) || !EpisodeItems.samePlacement(previous, current))) {
        flags.flag(current);
      }
    });
  }
}
