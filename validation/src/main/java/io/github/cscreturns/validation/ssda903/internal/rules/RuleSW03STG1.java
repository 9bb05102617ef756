package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW03STG1: "For each social worker episode, information should be complete." Flags each social
 * worker episode with SW_ID, SW_DECOM or SW_REASON blank. 2023-24 only (replaced by SW01a and SW01b).
 */
public final class RuleSW03STG1 implements Rule {
  @Override
  public String code() {
    return "SW03STG1";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.socialWorkerId().isEmpty()
          || ItemPresence.isBlank(e.start(), e, "SW_DECOM")
          || ItemPresence.isBlank(e.reasonEnded(), e, "SW_REASON")) {
        flags.flag(e);
      }
    }
  }
}
