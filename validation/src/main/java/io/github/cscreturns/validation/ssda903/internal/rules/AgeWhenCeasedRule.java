package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * A rule on the child's age when an episode ceased for some reason (rules 386, 387, 389): flags each
 * episode whose REC the rule covers and whose child's age on DEC is one the rule forbids. Episodes
 * without a DEC cannot be judged and are not flagged, nor are children without a date of birth unless
 * the rule {@linkplain #flagsWithoutDob() says otherwise}. A DEC
 * before the date of birth is judged as an age under 0 (under any minimum), as the reference the
 * DfE's checks are mirrored by judges it.
 */
abstract class AgeWhenCeasedRule implements Rule {
  private final Predicate<ReasonEpisodeCeased> reasons;
  private final IntPredicate forbiddenAge;

  AgeWhenCeasedRule(Predicate<ReasonEpisodeCeased> reasons, IntPredicate forbiddenAge) {
    this.reasons = reasons;
    this.forbiddenAge = forbiddenAge;
  }

  /**
   * Whether an episode of a child with no date of birth (blank, not a date, or no Header row) is
   * flagged: the age cannot be shown to be allowed. False unless a rule says otherwise.
   */
  boolean flagsWithoutDob() {
    return false;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.end().isEmpty() || !episode.reasonCeased().map(reasons::test).orElse(false)) {
        continue;
      }
      if (child.dob().isEmpty()) {
        if (flagsWithoutDob()) {
          flags.flag(episode);
        }
        continue;
      }
      boolean beforeBirth = child.dob().map(dob -> episode.end().get().isBefore(dob)).orElse(false);
      if ((beforeBirth && forbiddenAge.test(-1)) || child.ageOn(episode.end().get()).filter(forbiddenAge::test).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
