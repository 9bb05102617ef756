package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;

/** Social worker episodes for the SW11 and SW12 rules' tests. */
final class SocialWorkers {
  private SocialWorkers() {}

  /** The day of the month in the collection year (April to December in its first calendar year). */
  static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  /** An episode of social worker SW1 from start (null: blank) to end (null: open). */
  static SocialWorkerEpisode sw(LocalDate start, LocalDate end) {
    var b = SocialWorkerEpisode.builder().socialWorkerId("SW1").reasonEnded(SocialWorkerChangeReason.MANAGE);
    if (start != null) {
      b.start(start);
    }
    return end == null ? b.build() : b.end(end).build();
  }

  /** The baseline child with these social worker episodes. */
  static Child withSocialWorkers(CollectionYear year, SocialWorkerEpisode... episodes) {
    return RuleTester.child(year).socialWorkerEpisodes(List.of(episodes)).build();
  }
}
