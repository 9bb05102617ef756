package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 141: "Date episode began is not a valid date." Flags each episode whose DECOM was given but is not a
 * date. A blank DECOM is left to other rules.
 */
public final class Rule141 implements Rule {
  @Override
  public String code() {
    return "141";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.start().isEmpty() && episode.unparsed("DECOM").isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
