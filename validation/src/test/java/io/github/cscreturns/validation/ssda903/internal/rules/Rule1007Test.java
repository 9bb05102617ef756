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

class Rule1007Test {
  private final Rule1007 rule = new Rule1007();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnCareLeaverInformationForAnEighteenYearOldStillLookedAfterOnTheBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 18, 10, 1);
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    Child open = lookedAfterAllYear(year).dob(dob).addCareLeaverCheckpoints(oc3).build();
    assertThat(flagged(rule, open, year)).containsExactly(oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenCareEndedBeforeTheBirthdayOrForOtherAges(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 18, 10, 1);
    Episode ended = episode(year).start(LocalDate.of(year.startYear() - 2, 1, 1)).end(LocalDate.of(year.startYear(), 9, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    assertThat(flagged(rule, child(year).dob(dob).episodes(List.of(ended)).addCareLeaverCheckpoints(oc3).build(), year)).isEmpty();
    assertThat(flagged(rule, lookedAfterAllYear(year).dob(dob.minusYears(2)).addCareLeaverCheckpoints(oc3).build(), year)).isEmpty();
  }
}
