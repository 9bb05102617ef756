package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 358: "Child with this legal status should not be under 10." Flags each episode with a youth justice
 * legal status (J1, J2, J3; {@link LegalStatus#isYouthJustice()}) that starts before the child's 10th
 * birthday, and the child's Header (its DOB is one of the rule's items).
 *
 * <p>The public Python validator also flags an episode starting on the 10th birthday itself; a child
 * is 10 on that day, not under 10, so we do not.
 */
public final class Rule358 implements Rule {
  private static final int MINIMUM_AGE = 10;

  @Override
  public String code() {
    return "358";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (!episode.legalStatus().map(LegalStatus::isYouthJustice).orElse(false) || episode.start().isEmpty()) {
        continue;
      }
      if (child.ageOn(episode.start().get()).filter(age -> age < MINIMUM_AGE).isPresent()) {
        flags.flag(episode);
        if (child.headerRecorded()) {
          flags.flag(child);
        }
      }
    }
  }
}
