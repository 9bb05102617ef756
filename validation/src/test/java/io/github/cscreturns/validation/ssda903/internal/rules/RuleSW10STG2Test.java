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
class RuleSW10STG2Test {
  private final RuleSW10STG2 rule = new RuleSW10STG2(RuleSW10STG2.FIRST_CONTACT_STARTS_AFRESH);

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
  void firesOnAStartMoreThanAWeekFromThePreviousEnd(CollectionYear year) {
    SocialWorkerEpisode first = sw(day(year, 4, 1), day(year, 6, 1));
    SocialWorkerEpisode early = sw(day(year, 5, 20), day(year, 7, 1));
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(first, early).build(), year)).containsExactly(early);
    SocialWorkerEpisode open = sw(day(year, 4, 1), null);
    SocialWorkerEpisode after = sw(day(year, 6, 1), null);
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(open, after).build(), year)).containsExactly(after);
    SocialWorkerEpisode fconta = SocialWorkerEpisode.builder().from(sw(day(year, 9, 1), null)).reasonEnded(SocialWorkerChangeReason.FCONTA).build();
    RuleSW10STG2 firstYear = new RuleSW10STG2(RuleSW10STG2.EVERY_EPISODE_FOLLOWS_THE_LAST);
    assertThat(flagged(firstYear, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(first, fconta).build(), year)).containsExactly(fconta);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void silentOnAStartWithinAWeekOrAFirstContact(CollectionYear year) {
    SocialWorkerEpisode first = sw(day(year, 4, 1), day(year, 6, 1));
    SocialWorkerEpisode next = sw(day(year, 6, 8), null);
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(next, first).build(), year)).isEmpty();
    SocialWorkerEpisode fconta = SocialWorkerEpisode.builder().from(sw(day(year, 9, 1), null)).reasonEnded(SocialWorkerChangeReason.FCONTA).build();
    assertThat(flagged(rule, child(year).socialWorkerEpisodes(List.of()).addSocialWorkerEpisodes(first, fconta).build(), year)).isEmpty();
  }
}
