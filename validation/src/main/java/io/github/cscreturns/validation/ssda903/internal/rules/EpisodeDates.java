package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.Optional;

/** Dates derived from an episode's items, as the group A rules need them. */
final class EpisodeDates {
  private EpisodeDates() {}

  /**
   * The last day the child spent in the episode's placement as far as this return tells: the day
   * before DEC (an episode does not cover the day it ceased), or 31 March of the year while the
   * episode is open. Empty where DEC did not parse, so that rules cannot tell.
   */
  static Optional<LocalDate> lastDayIn(Episode episode, CollectionYear year) {
    if (episode.end().isPresent()) {
      return Optional.of(episode.end().get().minusDays(1));
    }
    if (episode.unparsed("DEC").isPresent()) {
      return Optional.empty();
    }
    return Optional.of(year.ssda903End());
  }

  /** Whether DEC is blank: no date and no unparsed text (the episode has not ceased). */
  static boolean isOpenEnded(Episode episode) {
    return ItemPresence.isBlank(episode.end(), episode, "DEC");
  }
}
