package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 435: "Reason for new episode is that child’s placement has changed but not the legal status, but this
 * is not reflected in the episode data recorded." Taking episodes in order of DECOM (an episode whose DECOM is not a date comes last, as
 * the Python validator orders them; episodes with a blank child ID are not compared), flags an episode with
 * RNE P or T (placement only) whose legal status differs from the previous episode's, or whose
 * placement is the same as it (placement type, provider, placement postcode and URN all alike). Same
 * in every year.
 */
public final class Rule435 implements Rule {
  @Override
  public String code() {
    return "435";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutiveUndatedLast(child, (previous, current) -> {
      boolean placementOnly = current.reasonNewEpisode().map(r -> r.changesPlacement() && !r.changesLegalStatus()).orElse(false);
      if (placementOnly
          && (!EpisodeItems.sameLegalStatus(previous, current) || EpisodeItems.samePlacement(previous, current))) {
        flags.flag(current);
      }
    });
  }
}
