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
class RuleSW13STG1Test {
  private final RuleSW13STG1 rule = new RuleSW13STG1(RuleSW13STG1.REASON_REQUIRED_FROM_COLLECTION_START);

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  /** A complete episode of social worker SW1 from {@code start}, ended where {@code end} is given. */
  private static SocialWorkerEpisode sw(LocalDate start, LocalDate end) {
    var b = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(start).reasonEnded(SocialWorkerChangeReason.MANAGE);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void firesOnAnUnknownReasonOrABlankOneWhereRequired(CollectionYear year) {
    SocialWorkerEpisode unknown = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(day(year, 5, 1)).putUnparsed("SW_REASON", "LAZY").build();
    SocialWorkerEpisode blank = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(day(year, 5, 1)).build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(unknown, blank).build(), year)).containsExactly(unknown, blank);
    SocialWorkerEpisode early = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(LocalDate.of(2023, 3, 1)).build();
    RuleSW13STG1 firstYear = new RuleSW13STG1(RuleSW13STG1.REASON_REQUIRED_FOR_EVERY_EPISODE);
    assertThat(flagged(firstYear, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(early).build(), year)).containsExactly(early);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void silentOnAValidReasonOrAnEarlyBlankOne(CollectionYear year) {
    SocialWorkerEpisode early = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(LocalDate.of(2023, 3, 1)).build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(sw(day(year, 5, 1), null), early).build(), year)).isEmpty();
  }
}
