package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.inTouchCareLeaver;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.github.cscreturns.validation.ssda903.RuleContext;

class Rule1000Test {
  private final Rule1000 rule = new Rule1000();

  private static Episode died(CollectionYear year) {
    return episode(year).end(LocalDate.of(year.startYear(), 9, 1)).reasonCeased(ReasonEpisodeCeased.E2).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnCareLeaverInformationOfAChildWhoDiedInCareThisYearOrLast(CollectionYear year) {
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    assertThat(flagged(rule, child(year).episodes(List.of(died(year))).addCareLeaverCheckpoints(oc3).build(), year)).containsExactly(oc3);
    Child lastYear = child(year).episodes(List.of(died(year))).build();
    RuleContext context = RuleContext.of(year).withPrevious(Optional.of(lastYear));
    assertThat(flagged(rule, child(year).episodes(List.of()).addCareLeaverCheckpoints(oc3).build(), context)).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithoutADeathOrWithoutCareLeaverInformation(CollectionYear year) {
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build(), year)).isEmpty();
    CareLeaverCheckpoint blank = CareLeaverCheckpoint.builder().build();
    assertThat(flagged(rule, child(year).episodes(List.of(died(year))).addCareLeaverCheckpoints(blank).build(), year)).isEmpty();
  }
}
