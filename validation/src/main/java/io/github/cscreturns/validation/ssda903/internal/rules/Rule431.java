package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 431: "The reason for new episode is started to be looked after, but the previous episode ended on the
 * same day." Taking episodes in date order, flags an episode with RNE S that starts on or before the
 * day the previous episode ceased (the same day, as the DfE says; an earlier start, an overlap, is
 * flagged too, as by the DfE's tool, since it cannot start a new period of care either). Episodes
 * without a start date, and previous episodes without an end date, are not compared. Same in every
 * year.
 */
public final class Rule431 implements Rule {
  @Override
  public String code() {
    return "431";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutive(child, (previous, current) -> {
      boolean started = current.reasonNewEpisode().filter(r -> r == ReasonNewEpisode.S).isPresent();
      if (started && previous.end().isPresent() && !current.start().get().isAfter(previous.end().get())) {
        flags.flag(current);
      }
    });
  }
}
