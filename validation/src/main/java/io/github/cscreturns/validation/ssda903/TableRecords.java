package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.util.List;

/** A child's records of one table. */
final class TableRecords {
  private TableRecords() {}

  static List<? extends Ssda903Record> of(Child child, Ssda903Table table) {
    return switch (table) {
      case HEADER -> child.headerRecorded() ? List.of(child) : List.of();
      case EPISODES -> child.episodes();
      case REVIEWS -> child.reviews();
      case UASC -> child.uasc();
      case OC2 -> child.healthOutcomes();
      case OC3 -> child.careLeaverCheckpoints();
      case AD1 -> child.adoptions();
      case PLACED_ADOPTION -> child.placedForAdoption();
      case PREV_PERM -> child.previousPermanence();
      case MISSING -> child.missingEpisodes();
      case SW_EPISODES -> child.socialWorkerEpisodes();
      case DOLO -> child.deprivationsOfLiberty();
    };
  }
}
