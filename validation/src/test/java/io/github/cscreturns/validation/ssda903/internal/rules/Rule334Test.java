package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.*;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule334Test {
  private final Rule334 rule = new Rule334();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADecisionBeforeTheLatestPeriodOfCareStarted(CollectionYear year) {
    var earlier = episode(year).start(LocalDate.of(year.startYear() - 2, 1, 1)).end(LocalDate.of(year.startYear() - 1, 1, 1)).reasonCeased(ReasonEpisodeCeased.E4A).build();
    var latest = episode(year).build();
    var a = AdoptionRecords.adoption(year).decisionDate(LocalDate.of(year.startYear() - 1, 6, 1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(earlier, latest)).addAdoptions(a).build(), year)).containsExactly(latest, a);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADecisionInTheLatestPeriodOfCare(CollectionYear year) {
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
  }
}
