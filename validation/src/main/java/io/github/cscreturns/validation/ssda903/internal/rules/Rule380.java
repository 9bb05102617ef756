package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 380: "A period of care cannot start with a temporary placement." Flags each episode in a temporary
 * placement ({@link PlacementType#isTemporary()}, T0–T4) whose RNE is not P or B ({@link
 * ReasonNewEpisode#changesPlacementAndCarers()}), as the DfE's logic asks and the DfE's tool checks:
 * a temporary placement is always a move away from the usual carer(s), so it can be entered only by a
 * change of placement and carer(s). Besides S (the period of care starting there), that also catches
 * T and U (same carer(s)) and L (a legal status change recorded while in the temporary placement). A
 * blank RNE cannot be judged and is left to the rules on that item; unparsed text is flagged.
 */
public final class Rule380 implements Rule {
  @Override
  public String code() {
    return "380";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.placement().type().map(PlacementType::isTemporary).orElse(false)
          && ItemPresence.isKnownAndNot(
              episode.reasonNewEpisode(), episode.unparsed("RNE"), ReasonNewEpisode::changesPlacementAndCarers)) {
        flags.flag(episode);
      }
    }
  }
}
