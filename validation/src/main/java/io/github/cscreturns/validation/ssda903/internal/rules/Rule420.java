package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 420: "LA of placement completed but child is looked after under legal status V3 or V4." PL_LA is
 * derived from the placement postcode, so the rule needs a postcode directory. Flags each episode under
 * legal status V3 or V4 whose placement postcode the directory places in a local authority. Same in
 * every year.
 */
public final class Rule420 implements Rule {
  @Override
  public String code() {
    return "420";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (EpisodeItems.isRespite(e) && EpisodeItems.placementLa(e, context).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
