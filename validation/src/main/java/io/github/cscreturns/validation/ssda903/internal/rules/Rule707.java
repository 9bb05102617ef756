package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 707: "Child ceased to be looked after but there is a DoLO without an end date." Where the child's
 * latest episode (by DECOM) has ceased (a DEC is given), flags each DoLo record with DOLO_END blank.
 * A child still looked after at the end of the year, or without a dated episode, is not checked.
 *
 * @since 2026-27
 */
public final class Rule707 implements Rule {
  @Override
  public String code() {
    return "707";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> episodes = child.episodesInDateOrder();
    if (child.deprivationsOfLiberty().isEmpty() || episodes.isEmpty() || episodes.get(episodes.size() - 1).end().isEmpty()) {
      return;
    }
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      if (ItemPresence.isBlank(dolo.end(), dolo, "DOLO_END")) {
        flags.flag(dolo);
      }
    }
  }
}
