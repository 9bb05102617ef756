package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The episodes the rules joining PlacedAdoption (and AD1) with Episodes compare with: the earliest or
 * latest dated episode of a kind, and whether the child is placed for adoption (A3 to A6).
 */
final class AdoptionEpisodes {
  private AdoptionEpisodes() {}

  /** The episode with the earliest DECOM among those the predicate accepts (the first in the file on a tie). */
  static Optional<Episode> earliest(Child child, Predicate<Episode> kind) {
    Episode best = null;
    for (Episode e : child.episodes()) {
      if (e.start().isPresent() && kind.test(e) && (best == null || e.start().get().isBefore(best.start().get()))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The episode with the latest DECOM among those the predicate accepts (the first in the file on a tie). */
  static Optional<Episode> latest(Child child, Predicate<Episode> kind) {
    Episode best = null;
    for (Episode e : child.episodes()) {
      if (e.start().isPresent() && kind.test(e) && (best == null || e.start().get().isAfter(best.start().get()))) {
        best = e;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the episode's placement is a placement for adoption (PLACE A3 to A6). */
  static boolean isPlacedForAdoption(Episode e) {
    return e.placement().type().map(t -> t.isPlacedForAdoption()).orElse(false);
  }

  /** The decisions to place for adoption with a DATE_PLACED, latest first (file order on a tie). */
  static List<PlacedForAdoption> byDecisionDateLatestFirst(Child child) {
    return child.placedForAdoption().stream()
        .filter(p -> p.decisionDate().isPresent())
        .sorted(Comparator.comparing((PlacedForAdoption p) -> p.decisionDate().get()).reversed())
        .toList();
  }

  /** Whether the date is after the other, where both are known. */
  static boolean isAfter(Optional<LocalDate> date, Optional<LocalDate> other) {
    return date.isPresent() && other.isPresent() && date.get().isAfter(other.get());
  }

  /** Whether the date is before the other, where both are known. */
  static boolean isBefore(Optional<LocalDate> date, Optional<LocalDate> other) {
    return date.isPresent() && other.isPresent() && date.get().isBefore(other.get());
  }
}
