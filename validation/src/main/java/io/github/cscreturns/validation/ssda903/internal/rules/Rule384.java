package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 384: "A child receiving respite care cannot be in a long-term foster placement". Flags each
 * episode with a respite legal status ({@link LegalStatus#isRespite()}, V3 or V4) in a long-term
 * foster placement ({@link PlacementType#isLongTermFoster()}, U1 or U4).
 */
public final class Rule384 implements Rule {
  @Override
  public String code() {
    return "384";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.legalStatus().map(LegalStatus::isRespite).orElse(false)
          && episode.placement().type().map(PlacementType::isLongTermFoster).orElse(false)) {
        flags.flag(episode);
      }
    }
  }
}
