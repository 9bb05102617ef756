package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The as-written text of every record of some children, in order: what record equality leaves out. */
final class WrittenText {
  private WrittenText() {}

  static List<Map<String, String>> of(List<Child> children) {
    List<Map<String, String>> out = new ArrayList<>();
    for (Child c : children) {
      out.add(c.asWritten());
      List<List<? extends Ssda903Record>> tables = List.of(
          c.episodes(), c.reviews(), c.uasc(), c.healthOutcomes(), c.careLeaverCheckpoints(), c.adoptions(),
          c.placedForAdoption(), c.previousPermanence(), c.missingEpisodes(), c.socialWorkerEpisodes(),
          c.deprivationsOfLiberty());
      for (List<? extends Ssda903Record> t : tables) {
        for (Ssda903Record r : t) {
          out.add(r.asWritten());
        }
      }
    }
    return out;
  }
}
