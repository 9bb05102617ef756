package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule207Test {
  private final Rule207 rule = new Rule207();
  private final CollectionYear y = CollectionYear.Y2022_23;

  private Child lastYear(MotherStatus status) {
    return lastYearsChild(y).motherStatus(status).build();
  }

  @Test
  void firesWhenAMotherLastYearIsNotAMotherNow() {
    Child notNow = child(y).motherStatus(MotherStatus.NOT_A_MOTHER).build();
    assertThat(flaggedAgainst(rule, y, notNow, lastYear(MotherStatus.IS_A_MOTHER))).containsExactly(notNow);
    Child blank = child(y).motherStatus(Optional.empty()).build();
    assertThat(flaggedAgainst(rule, y, blank, lastYear(MotherStatus.IS_A_MOTHER))).containsExactly(blank);
  }

  @Test
  void silentWhenStillAMotherNewlyAMotherOrWithoutEpisodes() {
    assertThat(flaggedAgainst(rule, y, child(y).motherStatus(MotherStatus.IS_A_MOTHER).build(), lastYear(MotherStatus.IS_A_MOTHER))).isEmpty();
    assertThat(flaggedAgainst(rule, y, child(y).motherStatus(MotherStatus.IS_A_MOTHER).build(), lastYear(MotherStatus.NOT_A_MOTHER))).isEmpty();
    Child noEpisodes = child(y).motherStatus(MotherStatus.NOT_A_MOTHER).episodes(List.of()).build();
    assertThat(flaggedAgainst(rule, y, noEpisodes, lastYear(MotherStatus.IS_A_MOTHER))).isEmpty();
  }
}
