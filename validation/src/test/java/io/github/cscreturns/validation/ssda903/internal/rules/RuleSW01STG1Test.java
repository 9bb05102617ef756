package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@SuppressWarnings("unused")
class RuleSW01STG1Test {
  private final RuleSW01STG1 rule = new RuleSW01STG1();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  /** A complete episode of social worker SW1 from {@code start}, ended where {@code end} is given. */
  private static SocialWorkerEpisode sw(LocalDate start, LocalDate end) {
    var b = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(start).reasonEnded(SocialWorkerChangeReason.MANAGE);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24"})
  void firesOnAnOpenEpisodeWithoutSocialWorkerInformation(CollectionYear year) {
    Child none = child(year).socialWorkerEpisodes(List.of()).build();
    assertThat(flagged(rule, none, year)).containsExactlyElementsOf(none.episodes());
    SocialWorkerEpisode noId = SocialWorkerEpisode.builder().start(day(year, 4, 1)).build();
    Child incomplete = child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(noId).build();
    assertThat(flagged(rule, incomplete, year)).containsExactlyElementsOf(incomplete.episodes());
    SocialWorkerEpisode noReason = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(day(year, 4, 1)).build();
    Child noReasonGiven = child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(noReason).build();
    assertThat(flagged(rule, noReasonGiven, year)).containsExactlyElementsOf(noReasonGiven.episodes());
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24"})
  void silentWithSocialWorkerInformationOrForShortBreaks(CollectionYear year) {
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(sw(day(year, 4, 1), null)).build(), year)).isEmpty();
    // each item given at least once across the child's social worker episodes
    SocialWorkerEpisode idOnly = SocialWorkerEpisode.builder().socialWorkerId("SW2").start(day(year, 9, 1)).build();
    SocialWorkerEpisode noId = SocialWorkerEpisode.builder().start(day(year, 4, 1)).end(day(year, 9, 1))
        .reasonEnded(SocialWorkerChangeReason.MANAGE).build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(noId, idOnly).build(), year)).isEmpty();
    Episode v3 = episode(year).legalStatus(LegalStatus.V3).build();
    assertThat(flagged(rule, child(year).episodes(List.of(v3)).build(), year)).isEmpty();
  }
}
