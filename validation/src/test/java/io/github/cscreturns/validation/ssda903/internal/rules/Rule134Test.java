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

import io.github.cscreturns.core.ssda903.Adoption;

class Rule134Test {
  private final Rule134 rule = new Rule134();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAdoptionDataForACareLeaver(CollectionYear year) {
    Adoption ad1 = Adoption.builder().decisionDate(LocalDate.of(year.startYear(), 5, 1)).build();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(inTouchCareLeaver().build()).addAdoptions(ad1).build(), year)).containsExactly(ad1);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithoutCareLeaverInformation(CollectionYear year) {
    Adoption ad1 = Adoption.builder().decisionDate(LocalDate.of(year.startYear(), 5, 1)).build();
    assertThat(flagged(rule, child(year).addAdoptions(ad1).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(CareLeaverCheckpoint.builder().build()).addAdoptions(ad1).build(), year)).isEmpty();
  }
}
