package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 356: "The date the episode ceased is before the date the same episode started." Flags each
 * episode whose DEC is before its DECOM.
 */
public final class Rule356 implements Rule {
  @Override
  public String code() {
    return "356";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.start().isPresent()
          && episode.end().filter(e -> e.isBefore(episode.start().get())).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
