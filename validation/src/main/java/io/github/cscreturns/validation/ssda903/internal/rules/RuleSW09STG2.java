package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW09STG2: "Social worker episode appears to have lasted for less than 24 hours." Flags each
 * social worker episode that ended (SW_DEC) on the day it began (SW_DECOM). From 2023-24.
 */
public final class RuleSW09STG2 implements Rule {
  @Override
  public String code() {
    return "SW09STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.start().isPresent() && e.start().equals(e.end())) {
        flags.flag(e);
      }
    }
  }
}
