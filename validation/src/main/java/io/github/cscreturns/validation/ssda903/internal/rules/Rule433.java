package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 433: "The reason for new episode suggests that this is a continuation episode, but the episode does
 * not start on the same day as the last episode finished." Taking episodes in date order, flags an
 * episode whose RNE continues a period of care (L, P, T, B or U) when the previous episode has no end
 * date or ceased on another day than this one starts. The child's first episode in the return is not
 * checked (its predecessor is in an earlier return). Same in every year.
 */
public final class Rule433 implements Rule {
  @Override
  public String code() {
    return "433";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean continuation = current.reasonNewEpisode().map(ReasonNewEpisode::continuesPeriodOfCare).orElse(false);
      if (continuation && !previous.end().equals(current.start())) {
        flags.flag(current);
      }
    });
  }
}
