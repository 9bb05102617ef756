package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 149: "Reason episode ceased code is not valid." Flags each episode whose REC is not a known code or
 * not valid in the year. A blank REC is left to rule 148.
 */
public final class Rule149 implements Rule {
  @Override
  public String code() {
    return "149";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean invalid =
          episode.unparsed("REC").isPresent()
              || episode.reasonCeased().map(c -> !c.isValidIn(context.year())).orElse(false);
      if (invalid) {
        flags.flag(episode);
      }
    }
  }
}
