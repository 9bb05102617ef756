package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 381: "A period of care cannot end with a temporary placement." Flags each episode in a temporary
 * placement ({@link PlacementType#isTemporary()}, T0–T4) that ceased with a reason ending the
 * period of care, that is any REC but X1 (episode ceases and a new one begins the same day), text
 * that is no REC code included (it is known not to be X1, and the DfE checks only that REC is given
 * and is not X1). A blank REC (an open episode) cannot be judged.
 */
public final class Rule381 implements Rule {
  @Override
  public String code() {
    return "381";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.placement().type().map(PlacementType::isTemporary).orElse(false)
          && ItemPresence.isKnownAndNot(episode.reasonCeased(), episode.unparsed("REC"), rec -> rec == ReasonEpisodeCeased.X1)) {
        flags.flag(episode);
      }
    }
  }
}
