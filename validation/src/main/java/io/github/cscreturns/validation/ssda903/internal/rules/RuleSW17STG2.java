package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW17STG2: "There is no social worker episode open at 31 March". Flags the child's latest social
 * worker episode (the latest SW_DECOM) where it has an end (SW_DEC filled in): the child then has no social
 * worker at the end of the year. From 2025-26.
 */
public final class RuleSW17STG2 implements Rule {
  @Override
  public String code() {
    return "SW17STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    SocialWorkerEpisodes.latestStarted(child)
        .filter(e -> ItemPresence.isRecorded(e.end(), e, "SW_DEC"))
        .ifPresent(flags::flag);
  }
}
