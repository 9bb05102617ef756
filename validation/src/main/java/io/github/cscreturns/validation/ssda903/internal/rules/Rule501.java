package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 501: "A new episode has started before the end date of the previous episode." Taking episodes in date
 * order (by DECOM, stable for equal dates, undated episodes last), flags an episode that starts before the
 * previous episode ceased. Episodes without a start date, and previous episodes without an end date, are
 * not compared; nor are episodes with a blank child ID, which belong to no child.
 * Same in every year.
 */
public final class Rule501 implements Rule {
  @Override
  public String code() {
    return "501";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    EpisodeItems.forEachConsecutiveUndatedLast(child, (previous, current) -> {
      if (previous.end().isPresent() && current.start().isPresent() && current.start().get().isBefore(previous.end().get())) {
        flags.flag(current);
      }
    });
  }
}
