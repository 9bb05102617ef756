package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 1000: "This child is recorded as having died in care and therefore should not have the care leaver
 * information completed." Flags each OC3 record with IN_TOUCH, ACTIV or ACCOM filled in of a child
 * with an episode that ceased because the child died (REC E2), in this year's return or, where it
 * was supplied, last year's.
 *
 * <p>An OC3 record with nothing filled in has no "care leaver information completed", so is not
 * flagged (the Python validator flags any OC3 row of the child).
 */
public final class Rule1000 implements Rule {
  @Override
  public String code() {
    return "1000";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.careLeaverCheckpoints().isEmpty()) {
      return;
    }
    boolean died =
        diedInCare(child.episodes())
            || context.previous().map(last -> diedInCare(last.episodes())).orElse(false);
    if (!died) {
      return;
    }
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (CareLeaverItems.anyRecorded(oc3)) {
        flags.flag(oc3);
      }
    }
  }

  private static boolean diedInCare(List<Episode> episodes) {
    return episodes.stream().anyMatch(e -> e.reasonCeased().orElse(null) == ReasonEpisodeCeased.E2);
  }
}
