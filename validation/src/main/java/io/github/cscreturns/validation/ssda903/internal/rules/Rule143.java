package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 143: "The reason for new episode code is not a valid code." Flags each episode whose RNE is not a
 * known code or not valid in the year (T and U exist from 2015-16). A blank RNE is left to other rules.
 */
public final class Rule143 implements Rule {
  @Override
  public String code() {
    return "143";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean invalid =
          episode.unparsed("RNE").isPresent()
              || episode.reasonNewEpisode().map(c -> !c.isValidIn(context.year())).orElse(false);
      if (invalid) {
        flags.flag(episode);
      }
    }
  }
}
