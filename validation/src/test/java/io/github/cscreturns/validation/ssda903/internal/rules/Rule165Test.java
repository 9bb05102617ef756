package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.inTouchCareLeaver;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule165Test {
  private final Rule165 rule = new Rule165();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAnInvalidMotherStatus(CollectionYear year) {
    Child invalid = child(year).motherStatus(Optional.empty()).unparsed(Map.of("MOTHER", "2")).build();
    assertThat(flagged(rule.perChild(), invalid, year)).containsExactly(invalid);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24"})
  void firesOnAnyMotherStatusOfABoyAndOnAGirlsLeftBlank(CollectionYear year) {
    Child mother = child(year).sex(Sex.GENDER_MALE).motherStatus(MotherStatus.IS_A_MOTHER).build();
    assertThat(flagged(rule.perChild(), mother, year)).containsExactly(mother);
    Child notAMother = child(year).sex(Sex.GENDER_MALE).motherStatus(MotherStatus.NOT_A_MOTHER).build();
    assertThat(flagged(rule.perChild(), notAMother, year)).containsExactly(notAMother);
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    Child girl = child(year).sex(Sex.GENDER_FEMALE).motherStatus(Optional.empty()).addCareLeaverCheckpoints(oc3).build();
    assertThat(flagged(rule.perChild(), girl, year)).containsExactly(girl, oc3);
  }

  @Test
  void firesFrom2024To25OnAChildStillRecordedWithAGenderCode() {
    Child boy = child(CollectionYear.Y2024_25).sex(Sex.GENDER_MALE).motherStatus(MotherStatus.NOT_A_MOTHER).build();
    assertThat(flagged(rule.perChild(), boy, CollectionYear.Y2024_25)).containsExactly(boy);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentForAGirlWithMotherStatusOrABoyWithout(CollectionYear year) {
    assertThat(flagged(rule.perChild(), child(year).sex(RuleTester.female(year)).motherStatus(MotherStatus.NOT_A_MOTHER).build(), year)).isEmpty();
    assertThat(flagged(rule.perChild(), child(year).motherStatus(Optional.empty()).build(), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2024_25", "Y2026_27"})
  void silentFrom2024To25ForSexCodesTheDefinitionDoesNotName(CollectionYear year) {
    assertThat(flagged(rule.perChild(), child(year).sex(Sex.F).motherStatus(Optional.empty()).build(), year)).isEmpty();
    assertThat(flagged(rule.perChild(), child(year).sex(Sex.M).motherStatus(MotherStatus.IS_A_MOTHER).build(), year)).isEmpty();
  }
}
