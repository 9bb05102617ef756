package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW02STG1: "Social worker ID does not begin with the characters ‘SW’ or ‘XX’." Flags each social
 * worker episode whose SW_ID is blank or begins otherwise, case ignored as the readers ignore it in
 * codes ("sw123" begins SW); an ID padded with a leading space does not begin SW. From 2023-24.
 */
public final class RuleSW02STG1 implements Rule {
  @Override
  public String code() {
    return "SW02STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      String id = e.socialWorkerId().map(t -> t.toUpperCase(java.util.Locale.ROOT)).orElse("");
      if (!(id.startsWith("SW") || id.startsWith("XX"))) {
        flags.flag(e);
      }
    }
  }
}
