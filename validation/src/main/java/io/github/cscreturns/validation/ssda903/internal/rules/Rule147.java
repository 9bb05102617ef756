package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 147: "Date episode ceased is not a valid date." Flags each episode whose DEC was given but is not a
 * date. A blank DEC is left to other rules.
 */
public final class Rule147 implements Rule {
  @Override
  public String code() {
    return "147";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.end().isEmpty() && episode.unparsed("DEC").isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
