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

import io.github.cscreturns.core.ssda903.Uasc;

class Rule1014Test {
  private final Rule1014 rule = new Rule1014();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnUascInformationOfACareLeaverNotLookedAfterInTheYear(CollectionYear year) {
    Episode lastYear = episode(year).start(LocalDate.of(year.startYear() - 2, 1, 1)).end(LocalDate.of(year.startYear() - 1, 1, 1)).reasonCeased(ReasonEpisodeCeased.E11).build();
    Uasc uasc = Uasc.builder().ceasedDate(LocalDate.of(year.startYear() - 1, 1, 1)).build();
    CareLeaverCheckpoint oc3 = inTouchCareLeaver().build();
    assertThat(flagged(rule, child(year).episodes(List.of(lastYear)).addUasc(uasc).addCareLeaverCheckpoints(oc3).build(), year)).containsExactly(uasc, oc3);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenLookedAfterInTheYear(CollectionYear year) {
    Uasc uasc = Uasc.builder().build();
    assertThat(flagged(rule, child(year).addUasc(uasc).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build(), year)).isEmpty();
  }
}
