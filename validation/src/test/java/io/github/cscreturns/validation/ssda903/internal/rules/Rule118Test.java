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

class Rule118Test {
  private final Rule118 rule = new Rule118();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionCeasedBeforeTheYearOrBeforeCare(CollectionYear year) {
    var first = episode(year).build();
    var beforeYear = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear() - 1, 1, 1))
        .ceasedDate(year.ssda903Start().minusDays(1)).build();
    var beforeCare = AdoptionRecords.placed(year).decisionDate(year.ssda903Start()).ceasedDate(first.start().get().minusDays(1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(first)).addPlacedForAdoption(beforeYear, beforeCare).build(), year))
        .containsExactly(first, beforeYear, beforeCare);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionCeasedInCareOrStillOpenOrBeforeShortBreaksOnly(CollectionYear year) {
    var ceased = AdoptionRecords.placed(year).ceasedDate(LocalDate.of(year.startYear(), 12, 1)).build();
    var open = AdoptionRecords.placed(year).build();
    assertThat(flagged(rule, child(year).addPlacedForAdoption(ceased, open).build(), year)).isEmpty();
    var breaks = episode(year).start(LocalDate.of(year.startYear(), 4, 2)).legalStatus(LegalStatus.V3)
        .end(LocalDate.of(year.startYear(), 4, 5)).reasonCeased(ReasonEpisodeCeased.E13).build();
    var care = episode(year).build();
    var afterBreaks = AdoptionRecords.placed(year).decisionDate(LocalDate.of(year.startYear(), 4, 3))
        .ceasedDate(LocalDate.of(year.startYear(), 6, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(breaks, care)).addPlacedForAdoption(afterBreaks).build(), year)).isEmpty();
  }
}
