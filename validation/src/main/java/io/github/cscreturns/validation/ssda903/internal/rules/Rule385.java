package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 385: "Date episode ceased must be on or before the end of the current collection year." Flags
 * each episode whose DEC is after 31 March of the collection year.
 */
public final class Rule385 implements Rule {
  @Override
  public String code() {
    return "385";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.end().filter(e -> e.isAfter(context.year().ssda903End())).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
