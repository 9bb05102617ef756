package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;

/**
 * What the episode rules (group B, 336–390) ask of an episode's items, with "cannot tell" kept
 * apart from "no": a blank item is unknown, while unparsed text is known to be no valid code.
 */
final class EpisodeFacts {
  private EpisodeFacts() {}

  /**
   * Whether the item was given and is not one the predicate accepts: a typed value failing it, or
   * text that did not parse (no valid code passes). False for a blank item (cannot tell).
   */
  static <T> boolean isKnownAndNot(Optional<T> typed, Optional<String> unparsed, Predicate<? super T> accepted) {
    if (typed.isPresent()) {
      return !accepted.test(typed.get());
    }
    return unparsed.isPresent();
  }

  /**
   * The day the episode ceased, or, for an open episode, the last day of the collection year; empty
   * where DEC did not parse (cannot tell).
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
}
