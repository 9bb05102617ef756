package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.List;

/** What rules 601 and 602 ask: the episodes in which the child was adopted during the year. */
final class AdoptedInYear {
  private AdoptedInYear() {}

  /** Episodes that ceased with adoption (REC E11, E12) on a DEC within the collection year. */
  static List<Episode> adoptionEpisodes(Child child, CollectionYear year) {
    return child.episodes().stream()
        .filter(e -> e.reasonCeased().filter(r -> r.isAdoption()).isPresent())
        .filter(e -> e.end().filter(year::ssda903Contains).isPresent())
        .toList();
  }

}
