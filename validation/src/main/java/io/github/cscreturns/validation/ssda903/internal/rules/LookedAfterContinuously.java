package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Whether a child was "looked after continuously for 12 months at 31 March", the OC2 cohort, as the
 * DfE's validation rules define it: the child was looked after at some time in the year and no
 * episode shows a break in the year, that is no episode
 *
 * <ul>
 *   <li>starts a period of care (RNE S) after 1 April and by 31 March;
 *   <li>ceases in the year, from 1 April to 30 March, for any reason but X1 (a new episode the same
 *       day): an episode ceasing on 31 March itself does not break the 12 months, as the reference
 *       the DfE's checks are mirrored by reads the definition;
 *   <li>in the year, is accommodation under an agreed series of short-term breaks (LS V3 or V4).
 * </ul>
 *
 * An episode is in the year when it started by 31 March and ceased on or after 1 April or has no
 * date it ceased. An episode whose DECOM did not parse is in no year; one whose DEC did not parse is
 * treated as not ceased.
 */
final class LookedAfterContinuously {
  private LookedAfterContinuously() {}

  /** Whether the child was looked after continuously for 12 months at 31 March of the year. */
  static boolean for12MonthsAt31March(Child child, CollectionYear year) {
    LocalDate yearStart = year.ssda903Start();
    LocalDate yearEnd = year.ssda903End();
    boolean lookedAfterInYear = false;
    for (Episode episode : child.episodes()) {
      Optional<LocalDate> start = episode.start();
      Optional<LocalDate> end = episode.end();
      boolean inYear =
          start.isPresent() && !start.get().isAfter(yearEnd) && end.map(d -> !d.isBefore(yearStart)).orElse(true);
      lookedAfterInYear |= inYear;
      boolean entersCare =
          episode.reasonNewEpisode().orElse(null) == ReasonNewEpisode.S
              && start.isPresent()
              && start.get().isAfter(yearStart)
              && !start.get().isAfter(yearEnd);
      boolean leavesCare =
          episode.reasonCeased().orElse(null) != ReasonEpisodeCeased.X1
              && end.isPresent()
              && !end.get().isBefore(yearStart)
              && end.get().isBefore(yearEnd);
      boolean shortBreaks = inYear && episode.legalStatus().map(LegalStatus::isRespite).orElse(false);
      if (entersCare || leavesCare || shortBreaks) {
        return false;
      }
    }
    return lookedAfterInYear;
  }
}
