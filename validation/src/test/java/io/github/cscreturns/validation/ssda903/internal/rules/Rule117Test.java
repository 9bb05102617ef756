package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule117Test {
  private final Rule117 rule = new Rule117();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionAfterTheYearOrAfterTheChildCeasedToBeLookedAfter(CollectionYear year) {
    var left = episode(year).end(LocalDate.of(year.startYear(), 10, 1)).reasonCeased(ReasonEpisodeCeased.E4A).build();
    var afterLeaving = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 11, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(left)).addPlacedForAdoption(afterLeaving).build(), year))
        .containsExactly(left, afterLeaving);
    var open = episode(year).build();
    var beyondYear = AdoptionRecords.placed(year).ceasedDate(year.ssda903End().plusDays(1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(open)).addPlacedForAdoption(beyondYear).build(), year))
        .containsExactly(open, beyondYear);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnDecisionsWithinTheYearAndTheCare(CollectionYear year) {
    var placed = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 12, 1)).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(placed).build(), year)).isEmpty();
    var movedOn = episode(year).end(LocalDate.of(year.startYear(), 8, 1)).reasonCeased(ReasonEpisodeCeased.X1).build();
    var next = episode(year).start(LocalDate.of(year.startYear(), 8, 1)).reasonNewEpisode(ReasonNewEpisode.P).build();
    var later = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 9, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(movedOn, next)).addPlacedForAdoption(later).build(), year)).isEmpty();
  }
}
