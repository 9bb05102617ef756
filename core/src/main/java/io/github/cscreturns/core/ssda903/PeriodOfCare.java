package io.github.cscreturns.core.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A period of care: a run of consecutive episodes without a gap, from starting to be looked after to
 * ceasing to be. See {@link Child#periodsOfCare()}.
 *
 * @param episodes the episodes, in date order; never empty, each with a start date
 */
public record PeriodOfCare(List<Episode> episodes) {
  /**
   * A period of care of these episodes.
   *
   * @param episodes the episodes, in date order; never empty, each with a start date
   * @throws IllegalArgumentException if there are no episodes
   */
  public PeriodOfCare {
    episodes = List.copyOf(episodes);
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("A period of care has at least one episode");
    }
  }

  /**
   * The start of the first episode.
   *
   * @return the start of the first episode
   */
  public LocalDate start() {
    return episodes.get(0).start().orElseThrow();
  }

  /**
   * The end of the last episode; empty while the period is open.
   *
   * @return the end of the last episode
   */
  public Optional<LocalDate> end() {
    return episodes.get(episodes.size() - 1).end();
  }

  /**
   * Whether the period is still open (its last episode has no end).
   *
   * @return whether the period is still open (its last episode has no end)
   */
  public boolean isOpen() {
    return end().isEmpty();
  }
}
