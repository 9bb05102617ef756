package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;

/** A care leaver of 2024-25 (born 1 May 2005, 19 on 1 May 2024) with an OC3 record, for 1001, 1002 and 1010. */
final class CareLeavers {
  static final CollectionYear YEAR = CollectionYear.Y2024_25;
  static final LocalDate DOB = LocalDate.of(2005, 5, 1);

  private CareLeavers() {}

  static final CareLeaverCheckpoint OC3 = OutcomeFixtures.inTouchCareLeaver().build();

  /** This year's care leaver with the episodes (none: not looked after this year). */
  static Child careLeaver(Episode... episodes) {
    return RuleTester.child(YEAR).dob(DOB).episodes(List.of(episodes)).careLeaverCheckpoints(List.of(OC3)).build();
  }

  /** The young person's record in last year's return with the episodes. */
  static Child lastYear(Episode... episodes) {
    return RuleTester.child(CollectionYear.Y2023_24).dob(DOB).episodes(List.of(episodes)).build();
  }

  /** An episode from start to end (null: open), ceasing with E4A where it ends. */
  static Episode episode(LocalDate start, LocalDate end) {
    var b = RuleTester.episode(CollectionYear.Y2023_24).start(start);
    return end == null ? b.build() : b.end(end).reasonCeased(ReasonEpisodeCeased.E4A).build();
  }
}
