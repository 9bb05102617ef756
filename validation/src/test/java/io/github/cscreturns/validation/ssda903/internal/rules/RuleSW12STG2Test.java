package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.day;
import static io.github.cscreturns.validation.ssda903.internal.rules.SocialWorkers.sw;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleSW12STG2Test {
  private final CollectionYear y = CollectionYear.Y2024_25;
  private final RuleSW12STG2 rule = new RuleSW12STG2(RuleSW12STG2.IN_THE_YEAR_AND_THE_YEAR_BEFORE);

  private Episode episode(LocalDate start, ReasonNewEpisode rne, LocalDate end, ReasonEpisodeCeased rec) {
    var b = RuleTester.episode(y).start(start).reasonNewEpisode(rne);
    return end == null ? b.build() : b.end(end).reasonCeased(rec).build();
  }

  private Child child(List<Episode> episodes, SocialWorkerEpisode... social) {
    return RuleTester.child(y).episodes(episodes).socialWorkerEpisodes(List.of(social)).build();
  }

  @Test
  void firesOnACareStartOrEndASocialWorkerEpisodeDoesNotAccountFor() {
    Episode start = episode(day(y, 6, 1), ReasonNewEpisode.S, null, null);
    assertThat(flagged(rule, child(List.of(start), sw(day(y, 4, 1), null)), y)).containsExactly(start);
    assertThat(flagged(rule, child(List.of(start)), y)).containsExactly(start);
    Episode ended = episode(day(y, 6, 1), ReasonNewEpisode.P, day(y, 9, 1), ReasonEpisodeCeased.E4A);
    Episode again = episode(day(y, 10, 1), ReasonNewEpisode.S, null, null);
    assertThat(flagged(rule, child(List.of(ended, again), sw(day(y, 10, 1), null)), y)).containsExactly(ended);
  }

  @Test
  void silentWhenEverySocialWorkerEpisodeAccountsForItOrTheEpisodeIsOutsideTheYears() {
    Episode start = episode(day(y, 6, 1), ReasonNewEpisode.S, null, null);
    assertThat(flagged(rule, child(List.of(start), sw(day(y, 6, 1), null)), y)).isEmpty();
    Episode continuing = episode(day(y, 6, 1), ReasonNewEpisode.P, null, null);
    assertThat(flagged(rule, child(List.of(continuing), sw(day(y, 4, 1), null)), y)).isEmpty();
    Episode longAgo = episode(LocalDate.of(2020, 6, 1), ReasonNewEpisode.P, LocalDate.of(2021, 6, 1), ReasonEpisodeCeased.E4A);
    assertThat(flagged(rule, child(List.of(longAgo, start), sw(day(y, 6, 1), null)), y)).isEmpty();
    assertThat(flagged(new RuleSW12STG2(RuleSW12STG2.EVERY_EPISODE), child(List.of(longAgo, start), sw(day(y, 6, 1), null)), y))
        .containsExactly(longAgo);
    // an open episode (no DEC, no REC) ends nothing: only its start of care is checked
    Episode open = episode(day(y, 6, 1), ReasonNewEpisode.P, null, null);
    assertThat(flagged(rule, child(List.of(open), sw(day(y, 7, 1), null)), y)).isEmpty();
  }

  @Test
  void aChildWhoLeftCareInTheYearIsCheckedToo() {
    // as the reference the DfE's checks are mirrored by reads it: every child, not only those looked after on 31 March
    Episode left = episode(day(y, 6, 1), ReasonNewEpisode.S, day(y, 9, 1), ReasonEpisodeCeased.E4A);
    assertThat(flagged(rule, child(List.of(left)), y)).containsExactly(left);
    assertThat(flagged(rule, child(List.of(left), sw(day(y, 6, 1), null)), y)).isEmpty();
    // a social worker episode begun after the child left care accounts for the start of that care, not its end
    assertThat(flagged(rule, child(List.of(left), sw(day(y, 6, 1), day(y, 9, 20)), sw(day(y, 9, 20), null)), y)).isEmpty();
    assertThat(flagged(rule, child(List.of(episode(day(y, 6, 1), ReasonNewEpisode.P, day(y, 9, 1), ReasonEpisodeCeased.E4A)),
        sw(day(y, 4, 1), day(y, 9, 20)), sw(day(y, 9, 20), null)), y)).hasSize(1);
  }
}
