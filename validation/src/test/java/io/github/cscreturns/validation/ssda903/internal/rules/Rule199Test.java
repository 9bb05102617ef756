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
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule199Test {
  private final Rule199 rule = new Rule199();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  @Test
  void firesOnEpisodesAfterAnAdoption() {
    ImmutableEpisode adopted = episode(YEAR).start(LocalDate.of(2023, 4, 10)).end(LocalDate.of(2023, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.E11).build();
    ImmutableEpisode again = episode(YEAR).start(LocalDate.of(2023, 9, 1)).build();
    Child c = child(YEAR).episodes(List.of(again, adopted)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(again);
  }

  @Test
  void firesOnEpisodesAfterAnAdoptionInThePreviousYear() {
    CollectionYear last = CollectionYear.Y2022_23;
    Child previous = child(last).episodes(List.of(episode(last).end(LocalDate.of(2022, 12, 1))
        .reasonCeased(ReasonEpisodeCeased.E12).build())).build();
    ImmutableEpisode now = episode(YEAR).build();
    Child c = child(YEAR).episodes(List.of(now)).build();
    assertThat(flagged(rule, c, RuleContext.of(YEAR).withPrevious(Optional.of(previous)))).containsExactly(now);
  }

  @Test
  void silentOnTheAdoptionItselfAndWithoutOne() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode adopted = episode(YEAR).end(LocalDate.of(2023, 12, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    ImmutableEpisode before = episode(YEAR).start(LocalDate.of(2023, 4, 2)).end(LocalDate.of(2023, 6, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(before, adopted)).build(), YEAR)).isEmpty();
    Child previous = child(CollectionYear.Y2022_23).build();
    assertThat(flagged(rule, child(YEAR).build(), RuleContext.of(YEAR).withPrevious(Optional.of(previous)))).isEmpty();
  }

  @Test
  void anAdoptionCarriedOverFromLastYearIsNotASecondOne() {
    LocalDate start = LocalDate.of(2021, 3, 9);
    CollectionYear last = CollectionYear.Y2022_23;
    Child previous = child(last).episodes(List.of(episode(last).start(start).end(LocalDate.of(2022, 7, 20))
        .reasonCeased(ReasonEpisodeCeased.E11).build())).build();
    ImmutableEpisode carried = episode(YEAR).start(start).end(LocalDate.of(2023, 10, 24)).reasonCeased(ReasonEpisodeCeased.E11).build();
    Child c = child(YEAR).episodes(List.of(carried)).build();
    assertThat(flagged(rule, c, RuleContext.of(YEAR).withPrevious(Optional.of(previous)))).isEmpty();
  }
}
