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

class Rule1011Test {
  private final Rule1011 rule = new Rule1011();

  private static Child transferred(CollectionYear year, ReasonEpisodeCeased last) {
    Episode first = episode(year).end(LocalDate.of(year.startYear(), 9, 1)).reasonCeased(ReasonEpisodeCeased.E3).build();
    Episode second = episode(year).start(LocalDate.of(year.startYear(), 10, 1)).end(LocalDate.of(year.startYear(), 12, 1)).reasonCeased(last).build();
    return child(year).episodes(List.of(second, first)).addCareLeaverCheckpoints(inTouchCareLeaver().build()).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenTheFinalEpisodeEndedWithCareTransferred(CollectionYear year) {
    Child child = transferred(year, ReasonEpisodeCeased.E3);
    assertThat(flagged(rule, child, year)).containsExactly(child.careLeaverCheckpoints().get(0));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenOnlyAnEarlierEpisodeDid(CollectionYear year) {
    assertThat(flagged(rule, transferred(year, ReasonEpisodeCeased.E11), year)).isEmpty();
  }
}
