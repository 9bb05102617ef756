package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 503G, 503H and 503J: the 503 checks ({@link FirstEpisodeMatchesLastYearRule}) for the placement
 * items the DfE derives from postcodes (distance, placement LA, placement location). Where the child's
 * latest episode in last year's return (by DECOM) has no DEC naming a day, flags this year's first
 * episode (by DECOM) if its derived item differs from that episode's ({@link DerivedLocation}).
 * Nothing is flagged for a child not in last year's return, or without a dated episode in either year.
 */
abstract class FirstEpisodeLocationMatchesLastYearRule implements Rule {
  /** Whether the first episode's derived item differs from that of last year's open episode. */
  abstract boolean differs(Episode first, Episode open, RuleContext context);

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (!context.satisfies(Requirement.PREVIOUS_YEAR)) {
      return;
    }
    Optional<Episode> open = LastYearsReturn.openAtEndOfLastYear(context);
    Optional<Episode> first = LastYearsReturn.firstEpisode(child);
    if (open.isPresent() && first.isPresent() && differs(first.get(), open.get(), context)) {
      flags.flag(first.get());
    }
  }
}
