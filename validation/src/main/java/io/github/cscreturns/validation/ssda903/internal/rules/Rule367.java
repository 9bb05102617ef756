package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 367: "The maximum amount of respite care allowable is 75 days in any 12-month period." Adds up the
 * days of the child's individually recorded short breaks (legal status V3) that fall within the
 * collection year (each episode clipped to 1 April – 31 March, open ones running to 31 March); when
 * the total exceeds 75, flags every V3 episode that contributed a day.
 *
 * <p>The 12-month period is taken to be the collection year, as the public Python validator does:
 * a window reaching into the previous year would need that year's return.
 */
public final class Rule367 implements Rule {
  private static final long MAXIMUM_DAYS = 75;

  @Override
  public String code() {
    return "367";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    CollectionYear year = context.year();
    List<Episode> counted = new ArrayList<>();
    long total = 0;
    for (Episode episode : child.episodes()) {
      if (episode.legalStatus().orElse(null) != LegalStatus.V3 || episode.start().isEmpty()) {
        continue;
      }
      Optional<LocalDate> end = EpisodeDates.endOrYearEnd(episode, year);
      if (end.isEmpty()) {
        continue;
      }
      LocalDate from = max(episode.start().get(), year.ssda903Start());
      LocalDate to = end.get().isAfter(year.ssda903End()) ? year.ssda903End() : end.get();
      long days = ChronoUnit.DAYS.between(from, to);
      if (days > 0) {
        total += days;
        counted.add(episode);
      }
    }
    if (total > MAXIMUM_DAYS) {
      flags.flagAll(counted);
    }
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
