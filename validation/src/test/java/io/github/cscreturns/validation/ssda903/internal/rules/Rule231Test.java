package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTester.male;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.*;
import io.github.cscreturns.core.ssda903.*;
import io.github.cscreturns.validation.ssda903.RuleTesterA;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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
