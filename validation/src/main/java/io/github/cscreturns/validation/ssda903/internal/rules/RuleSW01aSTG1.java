package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW01aSTG1: "For each social worker episode, information should be complete". Flags each social
 * worker episode whose SW_DECOM is blank or not a date, and each that began before 1 April 2023 without
 * SW_ID (SW_REASON is not required of an episode begun before the DfE collected them). From 2024-25.
 */
public final class RuleSW01aSTG1 implements Rule {
  @Override
  public String code() {
    return "SW01aSTG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      boolean noStart = e.start().isEmpty();
      boolean earlyWithoutId = e.start().map(d -> d.isBefore(SocialWorkerEpisodes.COLLECTED_FROM)).orElse(false) && e.socialWorkerId().isEmpty();
      if (noStart || earlyWithoutId) {
        flags.flag(e);
      }
    }
  }
}
