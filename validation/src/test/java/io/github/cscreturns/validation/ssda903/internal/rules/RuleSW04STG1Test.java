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
class RuleSW04STG1Test {
  private final RuleSW04STG1 rule = new RuleSW04STG1();

  private static LocalDate day(CollectionYear year, int month, int dayOfMonth) {
    return LocalDate.of(month >= 4 ? year.startYear() : year.endYear(), month, dayOfMonth);
  }

  /** A complete episode of social worker SW1 from {@code start}, ended where {@code end} is given. */
  private static SocialWorkerEpisode sw(LocalDate start, LocalDate end) {
    var b = SocialWorkerEpisode.builder().socialWorkerId("SW1").start(start).reasonEnded(SocialWorkerChangeReason.MANAGE);
    return end == null ? b.build() : b.end(end).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2024_25", "Y2026_27"})
  void firesOnAStartThatIsNotADate(CollectionYear year) {
    SocialWorkerEpisode bad = SocialWorkerEpisode.builder().socialWorkerId("SW1").putUnparsed("SW_DECOM", "31/02/2024").build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(bad).build(), year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2023_24", "Y2024_25", "Y2026_27"})
  void silentOnADateOrBlank(CollectionYear year) {
    SocialWorkerEpisode blank = SocialWorkerEpisode.builder().socialWorkerId("SW1").build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(sw(day(year, 5, 1), null), blank).build(), year)).isEmpty();
  }
}
