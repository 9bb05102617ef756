package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * The 503 checks: an episode open at the end of last year carries on into this year, so the first
 * episode of this year must repeat its item. Where the child's latest episode in last year's return
 * (by DECOM) has no DEC, flags the child's first episode this year (by DECOM) if the item differs,
 * compared as judged, case aside and spaces kept (blank equals blank; docs/reading-rules.md). Nothing is
 * flagged for a child not in last year's return, or without a dated episode in either year.
 */
abstract class FirstEpisodeMatchesLastYearRule implements Rule {
  @Override
  public final Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  /** The item compared, as text (see {@link LastYearsReturn#codeText}). */
  abstract String item(Episode episode);

  /** Whether the first episode's item may differ from last year's open episode's in the year (a re-designated code). */
  boolean mayContinueAs(Episode open, Episode first, RuleContext context) {
    return false;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    Optional<Episode> open = LastYearsReturn.openAtEndOfLastYear(context);
    if (open.isEmpty()) {
      return;
    }
    Optional<Episode> first = LastYearsReturn.firstEpisode(child);
    if (first.isPresent() && !item(first.get()).equals(item(open.get())) && !mayContinueAs(open.get(), first.get(), context)) {
      flags.flag(first.get());
    }
  }
}
