package io.github.cscreturns.core.ssda903;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A placement as a spell across episodes: consecutive episodes in which the child stayed in the same
 * placement (only the legal status changed). See {@link Child#placements()}.
 *
 * @param episodes the episodes, in date order; never empty, each with a start date
 * @param firstOfPeriod whether the placement starts a period of care (not a move)
 */
public record PlacementSpell(List<Episode> episodes, boolean firstOfPeriod) {
  /**
   * A placement spell of these episodes.
   *
   * @param episodes the episodes, in date order; never empty, each with a start date
   * @param firstOfPeriod whether the placement starts a period of care (not a move)
   * @throws IllegalArgumentException if there are no episodes
   */
  public PlacementSpell {
    episodes = List.copyOf(episodes);
    if (episodes.isEmpty()) {
      throw new IllegalArgumentException("A placement has at least one episode");
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
   * The end of the last episode; empty while the placement is ongoing.
   *
   * @return the end of the last episode
   */
  public Optional<LocalDate> end() {
    return episodes.get(episodes.size() - 1).end();
  }

  /**
   * The placement as recorded on the first episode.
   *
   * @return the placement as recorded on the first episode
   */
  public Placement placement() {
    return episodes.get(0).placement();
  }
}
