package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 144: "The legal status code is not a valid code." Flags each episode whose LS is not a known code or
 * not valid in the year. A blank LS is left to other rules.
 */
public final class Rule144 implements Rule {
  @Override
  public String code() {
    return "144";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean invalid =
          episode.unparsed("LS").isPresent()
              || episode.legalStatus().map(c -> !c.isValidIn(context.year())).orElse(false);
      if (invalid) {
        flags.flag(episode);
      }
    }
  }
}
