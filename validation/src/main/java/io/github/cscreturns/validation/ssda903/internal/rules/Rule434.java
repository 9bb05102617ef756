package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 434: "Reason for new episode is that child's legal status has changed but not the placement, but this
 * is not reflected in the episode data." Taking episodes in order of DECOM (an episode whose DECOM is
 * not a date comes last, as the Python validator orders them; episodes with a blank child ID are not
 * compared), flags an episode with RNE L (legal status only) whose legal status is the same as the
 * previous episode's, or whose placement differs from it (placement type, provider, placement postcode
 * or URN). The placement postcode is compared as written (upper-cased): the DfE's check compares the
 * items, and "TW121HY" is not the "TW12 1HY" of the episode before. Same in every year.
 */
public final class Rule434 implements Rule {
  @Override
  public String code() {
    return "434";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutiveUndatedLast(child, (previous, current) -> {
      boolean legalStatusOnly = current.reasonNewEpisode().map(r -> r.changesLegalStatus() && !r.changesPlacement()).orElse(false);
      if (legalStatusOnly
          && (EpisodeItems.sameLegalStatus(previous, current) || !samePlacementAsWritten(previous, current))) {
        flags.flag(current);
      }
    });
  }

  private static boolean samePlacementAsWritten(Episode a, Episode b) {
    return EpisodeItems.samePlacement(a, b) && postcodeAsWritten(a).equals(postcodeAsWritten(b));
  }

  private static String postcodeAsWritten(Episode e) {
    return e.placement().postcode().map(p -> EpisodeItems.judged(p.value()))
        .orElseGet(() -> e.unparsed("PL_POST").map(EpisodeItems::judged).orElse(""));
  }
}
