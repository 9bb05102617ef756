package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 145: "Category of need code is not a valid code." Flags each episode whose CIN is not a known code
 * or not valid in the year. A blank CIN is left to other rules.
 */
public final class Rule145 implements Rule {
  @Override
  public String code() {
    return "145";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean invalid =
          episode.unparsed("CIN").isPresent()
              || episode.categoryOfNeed().map(c -> !c.isValidIn(context.year())).orElse(false);
      if (invalid) {
        flags.flag(episode);
      }
    }
  }
}
