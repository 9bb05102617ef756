package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule625Test {
  private final Rule625 rule = new Rule625();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesAfterTheYearEndOrAfterLeavingCare() {
    Child late = child(YEAR).motherChildDob(LocalDate.of(2023, 4, 1)).build();
    assertThat(flagged(rule, late, YEAR)).containsExactly(late); // the baseline child's episode is open
    ImmutableEpisode left = episode(YEAR).end(LocalDate.of(2022, 12, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    Child afterCare = child(YEAR).motherChildDob(LocalDate.of(2022, 12, 2)).episodes(List.of(left)).build();
    assertThat(flagged(rule, afterCare, YEAR)).containsExactly(afterCare, left);
  }

  @Test
  void silentForAChildWithoutEpisodes() {
    assertThat(flagged(rule, child(YEAR).motherChildDob(LocalDate.of(2023, 4, 1)).episodes(List.of()).build(), YEAR)).isEmpty();
  }

  @Test
  void silentInCareOrByTheEnd() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).motherChildDob(LocalDate.of(2023, 3, 31)).build(), YEAR)).isEmpty();
    ImmutableEpisode left = episode(YEAR).end(LocalDate.of(2022, 12, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    assertThat(flagged(rule, child(YEAR).motherChildDob(LocalDate.of(2022, 12, 1)).episodes(List.of(left)).build(), YEAR)).isEmpty();
  }

  @Test
  void comparesWithTheLatestDecEvenWhenALaterEpisodeIsOpen() {
    ImmutableEpisode earlier = episode(YEAR).start(LocalDate.of(2022, 4, 5)).end(LocalDate.of(2022, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    Child mother = child(YEAR).motherChildDob(LocalDate.of(2022, 12, 2)).episodes(List.of(earlier, episode(YEAR).build())).build();
    assertThat(flagged(rule, mother, YEAR)).containsExactly(mother, earlier);
  }

  @Test
  void afterTheYearEndAlsoFlagsTheEpisodeThatCeasedLast() {
    ImmutableEpisode first = episode(YEAR).start(LocalDate.of(2022, 4, 5)).end(LocalDate.of(2022, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    ImmutableEpisode second = episode(YEAR).start(LocalDate.of(2022, 6, 1)).end(LocalDate.of(2022, 9, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    Child mother = child(YEAR).motherChildDob(LocalDate.of(2023, 4, 1)).episodes(List.of(second, first, episode(YEAR).build())).build();
    assertThat(flagged(rule, mother, YEAR)).containsExactlyInAnyOrder(mother, second);
  }
}
