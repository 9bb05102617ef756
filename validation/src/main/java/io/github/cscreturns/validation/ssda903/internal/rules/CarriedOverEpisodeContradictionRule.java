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
 * 452 and 453: "Contradiction between … in the last episode of the previous year and in the first
 * episode of the current year." An episode that carries on across the year end is the same episode in
 * both returns: last year's latest episode (by DECOM) with its DEC left blank, and this year's first
 * episode (by DECOM) with the same reason for new episode (RNE). Where both are so, flags this year's
 * first episode if the derived item differs. Episodes whose DECOM names no day are left out of "first"
 * and "last"; an RNE blank in either year matches nothing; a DEC written as text that is not a date is
 * not blank, so that episode is not open. Nothing is flagged for a child without episodes last year.
 */
abstract class CarriedOverEpisodeContradictionRule implements Rule {
  @Override
  public final Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR, Requirement.POSTCODE_DIRECTORY);
  }

  /** Whether this year's first episode contradicts last year's last one in the rule's item. */
  abstract boolean contradicts(Episode first, Episode last, RuleContext context);

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    Optional<Episode> last = context.previous().flatMap(LastYearsReturn::lastEpisode);
    Optional<Episode> first = LastYearsReturn.firstEpisode(child);
    if (last.isEmpty() || first.isEmpty() || !ItemPresence.isBlank(last.get().end(), last.get(), "DEC")) {
      return;
    }
    String rne = LastYearsReturn.codeText(first.get(), first.get().reasonNewEpisode(), "RNE");
    String rneLast = LastYearsReturn.codeText(last.get(), last.get().reasonNewEpisode(), "RNE");
    if (!rne.isEmpty() && rne.equals(rneLast) && contradicts(first.get(), last.get(), context)) {
      flags.flag(first.get());
    }
  }
}
