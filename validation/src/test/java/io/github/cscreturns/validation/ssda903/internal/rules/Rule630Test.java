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

class Rule630Test {
  private final Rule630 rule = new Rule630();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAPeriodOfCareStartingInTheYearWithoutPreviousPermanence(CollectionYear year) {
    Child none = child(year).previousPermanence(List.of()).build();
    assertThat(flagged(rule, none, year)).containsExactly(none.episodes().get(0));
    Child incomplete = child(year).previousPermanence(List.of(PreviousPermanence.builder().option(PreviousPermanenceOption.P1).build())).build();
    assertThat(flagged(rule, incomplete, year)).containsExactly(incomplete.episodes().get(0));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnPreviousPermanenceReturnedOrCareStartedBefore(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    var sgo = PreviousPermanence.builder().option(PreviousPermanenceOption.P2).arrangingLa(LaCode.of("318")).date(LocalDate.of(2015, 1, 1)).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(sgo)).build(), year)).isEmpty();
    var unknownWithItsItems = PreviousPermanence.builder().option(PreviousPermanenceOption.P4).arrangingLa(LaCode.of("318")).date(LocalDate.of(2015, 1, 1)).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(unknownWithItsItems)).build(), year)).isEmpty();
    var before = episode(year).start(year.ssda903Start().minusDays(1)).build();
    assertThat(flagged(rule, child(year).episodes(List.of(before)).previousPermanence(List.of()).build(), year)).isEmpty();
  }

  @org.junit.jupiter.api.Test
  void firesOnAnUnknownOptionWithoutItsAuthorityAndDate() {
    CollectionYear year = CollectionYear.Y2024_25;
    var unknown = PreviousPermanence.builder().option(PreviousPermanenceOption.P4).build();
    assertThat(flagged(rule, child(year).previousPermanence(List.of(unknown)).build(), year)).hasSize(1);
  }
}
