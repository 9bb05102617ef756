package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule203Test {
  private final Rule203 rule = new Rule203();
  private final CollectionYear y = CollectionYear.Y2024_25;

  @Test
  void firesWhenTheDateOfBirthDiffersFromLastYears() {
    Child now = child(y).dob(LocalDate.of(2014, 5, 2)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).dob(LocalDate.of(2014, 5, 1)).build())).containsExactly(now);
    Child unreadable = child(y).dob(Optional.empty()).unparsed(Map.of("DOB", "31/02/2014")).build();
    assertThat(flaggedAgainst(rule, y, unreadable, lastYearsChild(y).dob(LocalDate.of(2014, 5, 1)).build())).containsExactly(unreadable);
  }

  @Test
  void silentOnTheSameDateOfBirthOrForAChildNewToTheReturn() {
    Child now = child(y).dob(LocalDate.of(2014, 5, 1)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).dob(LocalDate.of(2014, 5, 1)).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).dob(LocalDate.of(2001, 1, 1)).build())).isEmpty();
  }
}
