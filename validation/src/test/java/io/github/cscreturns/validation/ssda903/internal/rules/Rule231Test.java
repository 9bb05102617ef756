package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule231Test {
  private final Rule231 rule = new Rule231();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25; // ends 31 March 2025

  @Test
  void firesOnAUascChildUnder11AtTheYearEnd() {
    Child flagged = child(YEAR).uascFlag(UascFlag.YES).dob(LocalDate.of(2014, 4, 1)).build();
    assertThat(flagged(rule, flagged, YEAR)).containsExactly(flagged);
    Child csv = child(YEAR).addUasc(Uasc.builder().build()).dob(LocalDate.of(2016, 1, 1)).build();
    assertThat(flagged(rule, csv, YEAR)).containsExactly(csv);
  }

  @Test
  void silentFrom11OrWhenNotUasc() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).uascFlag(UascFlag.YES).dob(LocalDate.of(2014, 3, 31)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).uascFlag(UascFlag.NO).dob(LocalDate.of(2016, 1, 1)).build(), YEAR)).isEmpty();
  }
}
