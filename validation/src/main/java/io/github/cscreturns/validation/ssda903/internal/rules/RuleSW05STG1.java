package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW05STG1: "Date social worker episode began is not a valid date." (the DfE message repeats SW04's;
 * the item is SW_DEC, the date the episode ended). Flags each social worker episode whose SW_DEC is
 * filled in but not a date. From 2023-24.
 */
public final class RuleSW05STG1 implements Rule {
  @Override
  public String code() {
    return "SW05STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.end().isEmpty() && e.unparsed("SW_DEC").isPresent()) {
        flags.flag(e);
      }
    }
  }
}
