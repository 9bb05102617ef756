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
class RuleSW14STG2Test {
  private final RuleSW14STG2 rule = new RuleSW14STG2();

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
  void firesOnAnEarlierEpisodeWithoutEnd(CollectionYear year) {
    SocialWorkerEpisode open = sw(day(year, 4, 1), null);
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(open, sw(day(year, 6, 1), null)).build(), year)).containsExactly(open);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24"})
  void silentWhenOnlyTheLatestHasNoEnd(CollectionYear year) {
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(sw(day(year, 4, 1), day(year, 6, 1)), sw(day(year, 6, 1), null)).build(), year)).isEmpty();
  }
}
