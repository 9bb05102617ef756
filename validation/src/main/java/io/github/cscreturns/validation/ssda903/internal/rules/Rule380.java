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
 * placement ({@link PlacementType#isTemporary()}, T0–T4) whose RNE is S, started to be looked after.
 *
 * <p>The public Python validator flags a temporary placement whose RNE is anything but P or B, which
 * also catches T and U (changes of placement, valid since 2015-16) and L (a change of legal status
 * during a temporary placement that began in an earlier episode). Neither starts a period of care, so
 * we flag only S, following the message.
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
          && episode.reasonNewEpisode().orElse(null) == ReasonNewEpisode.S) {
        flags.flag(episode);
      }
    }
  }
}
