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

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.Map;

class Rule165Test {
  private final Rule165 rule = new Rule165();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnInvalidMotherStatusABoysOrAGirlsLeftBlank(CollectionYear year) {
    Child invalid = child(year).sex(RuleTester.female(year)).motherStatus(Optional.empty()).unparsed(Map.of("MOTHER", "2")).build();
    assertThat(flagged(rule, invalid, year)).containsExactly(invalid);
    Child boy = child(year).motherStatus(MotherStatus.IS_A_MOTHER).build();
    assertThat(flagged(rule, boy, year)).containsExactly(boy);
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    Child girl = child(year).sex(RuleTester.female(year)).motherStatus(Optional.empty()).addCareLeaverCheckpoints(oc3).build();
    assertThat(flagged(rule, girl, year)).containsExactly(girl, oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentForAGirlWithMotherStatusOrABoyWithout(CollectionYear year) {
    assertThat(flagged(rule, child(year).sex(RuleTester.female(year)).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).motherStatus(Optional.empty()).build(), year)).isEmpty();
  }
}
