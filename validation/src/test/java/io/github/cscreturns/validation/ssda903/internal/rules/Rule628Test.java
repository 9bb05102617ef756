package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.inTouchCareLeaver;
import static io.github.cscreturns.validation.ssda903.internal.rules.OutcomeFixtures.lookedAfterAllYear;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule628Test {
  private final Rule628 rule = new Rule628();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnMotherhoodDetailsOfACareLeaverNotLookedAfter(CollectionYear year) {
    Child child = child(year).motherStatus(MotherStatus.NOT_A_MOTHER).episodes(List.of()).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build();
    assertThat(flagged(rule, child, year)).containsExactly(child);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenLookedAfterOrWithoutMotherhoodDetails(CollectionYear year) {
    assertThat(flagged(rule, child(year).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build(), year)).isEmpty();
    Child noMother = child(year).episodes(List.of()).motherStatus(Optional.empty()).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build();
    assertThat(flagged(rule, noMother, year)).isEmpty();
  }
}
