package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW01bSTG1: "For each social worker episode, information should be complete". Flags each social
 * worker episode whose SW_DECOM is blank or not a date, and each begun on or after 1 April 2023 without
 * SW_ID or SW_REASON. From 2024-25.
 */
public final class RuleSW01bSTG1 implements Rule {
  @Override
  public String code() {
    return "SW01bSTG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      boolean collected = e.start().map(d -> !d.isBefore(SocialWorkerEpisodes.COLLECTED_FROM)).orElse(false);
      boolean incomplete = e.socialWorkerId().isEmpty() || ItemPresence.isBlank(e.reasonEnded(), e, "SW_REASON");
      if (e.start().isEmpty() || (collected && incomplete)) {
        flags.flag(e);
      }
    }
  }
}
