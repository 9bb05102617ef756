package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 398: "Distance field completed but child looked after under legal status V3 or V4." The distance is
 * derived from the postcodes, so, as the DfE does, the rule flags each episode under legal status V3
 * or V4 (short-term breaks) on which the home or placement postcode is given. Same in every year.
 */
public final class Rule398 implements Rule {
  @Override
  public String code() {
    return "398";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (EpisodeItems.isRespite(e) && EpisodeItems.hasAnyPostcode(e)) {
        flags.flag(e);
      }
    }
  }
}
