package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 378: "A child who is placed with parent(s) cannot be looked after under a single period of
 * accommodation under Section 20 of the Children Act 1989." Flags each episode placed with
 * parent(s) (PLACE P1) under a single period of accommodation under section 20 (LS V2).
 */
public final class Rule378 implements Rule {
  @Override
  public String code() {
    return "378";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.placement().type().orElse(null) == PlacementType.P1
          && episode.legalStatus().orElse(null) == LegalStatus.V2) {
        flags.flag(episode);
      }
    }
  }
}
