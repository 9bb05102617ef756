package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PeriodOfCare;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;

/**
 * 210: "Children looked after for more than a week at 31 March should not have an unknown Unique Pupil
 * Number (UPN) code of UN4." UN4 ("UPN not yet obtained") only fits a child who became looked after
 * in the last week of the year. Flags the Header with UPN UN4, and the first episode of the period of
 * care open at 31 March, where that period started before 24 March of the year's end.
 *
 * <p>The public validator flags the opposite case (an episode starting on or after 24 March),
 * reading the DfE's "no episode DECOM must be >= 24/03" literally; we follow the message.
 */
public final class Rule210 implements Rule {
  private static final int NEWLY_LOOKED_AFTER_REASON = 4;

  @Override
  public String code() {
    return "210";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean un4 = child.upn().flatMap(u -> u.unknownReason()).map(n -> n == NEWLY_LOOKED_AFTER_REASON).orElse(false);
    if (!un4) {
      return;
    }
    LocalDate yearEnd = context.year().ssda903End();
    LocalDate aWeekBefore = yearEnd.minusDays(7);
    List<PeriodOfCare> periods = child.periodsOfCare();
    for (PeriodOfCare period : periods) {
      boolean openAtYearEnd = period.episodes().stream().anyMatch(e -> e.covers(yearEnd));
      if (openAtYearEnd && period.start().isBefore(aWeekBefore)) {
        flags.flag(child);
        flags.flag(period.episodes().get(0));
      }
    }
  }
}
