package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 358: "Child with this legal status should not be under 10." Flags each episode with a youth justice
 * legal status (J1, J2, J3; {@link LegalStatus#isYouthJustice()}) that starts on or before the
 * child's 10th birthday, and the child's Header (its DOB is one of the rule's items).
 *
 * <p>The DfE's logic is "DOB <= 10 years prior to DECOM": an episode starting on the 10th birthday
 * is flagged, as the DfE portal (and the public Python validator that mirrors it) flags it.
 */
public final class Rule358 extends EveryHeaderRow {
  private static final int MINIMUM_AGE = 10;

  @Override
  public String code() {
    return "358";
  }

  /** Whether {@code start} is on or before the 10th birthday (never computing a date out of range). */
  private static boolean notPastTenthBirthday(LocalDate dob, LocalDate start) {
    long years = ChronoUnit.YEARS.between(dob, start);
    return years < MINIMUM_AGE || (years == MINIMUM_AGE && !start.isAfter(dob.plusYears(MINIMUM_AGE)));
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (!episode.legalStatus().map(LegalStatus::isYouthJustice).orElse(false) || episode.start().isEmpty()) {
        continue;
      }
      if (child.dob().isPresent() && notPastTenthBirthday(child.dob().get(), episode.start().get())) {
        flags.flag(episode);
        if (child.headerRecorded()) {
          flags.flag(child);
        }
      }
    }
  }
}
