package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Dates derived from an episode's items. Two readings of "the end" answer two DfE questions and differ
 * by a day for a ceased episode, on purpose:
 *
 * <ul>
 *   <li>{@link #lastDayIn}: the last day the child spent in the placement — the day before DEC, since
 *       on DEC the child is already in the next placement or out of care. Rules about a code being
 *       valid "from" a date (217t: "Placement type 'P2' is not a valid placement type from 28 October
 *       2023") ask this: an episode ending on 28 October 2023 was last in P2 on the 27th.
 *   <li>{@link #endOrYearEnd}: DEC itself, the DfE's end of an episode when it counts days from DECOM
 *       (365: "must not exceed 17 days" counts DEC minus DECOM).
 * </ul>
 *
 * For an open episode both are 31 March of the collection year (the collection end date, the last day
 * the return covers). Both are empty where DEC did not parse (cannot tell).
 */
final class EpisodeDates {
  private EpisodeDates() {}

  /**
   * The last day the child spent in the episode's placement as far as this return tells: the day
   * before DEC, or 31 March of the year while the episode is open. Empty where DEC did not parse.
   */
  static Optional<LocalDate> lastDayIn(Episode episode, CollectionYear year) {
    return endOrYearEnd(episode, year)
        .map(end -> episode.end().isPresent() && end.isAfter(LocalDate.MIN) ? end.minusDays(1) : end);
  }

  /**
   * The day the episode ceased (DEC), or, for an open episode, the last day of the collection year;
   * empty where DEC did not parse.
   */
  static Optional<LocalDate> endOrYearEnd(Episode episode, CollectionYear year) {
    if (episode.end().isPresent()) {
      return episode.end();
    }
    return episode.unparsed("DEC").isPresent() ? Optional.empty() : Optional.of(year.ssda903End());
  }

  /** Days from the episode's start to its {@linkplain #endOrYearEnd end or the year's end}, if both are known. */
  static OptionalLong daysToEndOrYearEnd(Episode episode, CollectionYear year) {
    Optional<LocalDate> start = episode.start();
    Optional<LocalDate> end = endOrYearEnd(episode, year);
    if (start.isEmpty() || end.isEmpty()) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(ChronoUnit.DAYS.between(start.get(), end.get()));
  }

  /** Whether DEC is blank: no date and no unparsed text (the episode has not ceased). */
  static boolean isOpenEnded(Episode episode) {
    return ItemPresence.isBlank(episode.end(), episode, "DEC");
  }

  /**
   * The child's episodes in DECOM order, those whose DECOM is not a date after the dated ones; each
   * group in the order of the return. The order the reference sorts a child's episodes in (by DECOM,
   * with no date last), for rules that compare an episode with the one before or after it.
   */
  static List<Episode> undatedLast(Child child) {
    return child.episodes().stream()
        .sorted(Comparator.comparing((Episode e) -> e.start().orElse(null), Comparator.nullsLast(Comparator.naturalOrder())))
        .toList();
  }
}
