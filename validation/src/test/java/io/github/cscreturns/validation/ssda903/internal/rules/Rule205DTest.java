package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.UascYears.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class Rule205DTest {
  private final Rule205D rule = new Rule205D();

  @Test
  void firesWhenUascThisYearButNotLast() {
    assertThat(flagged(rule, List.of(uasc(null)), List.of())).hasSize(1);
  }

  @Test
  void silentWhenUascInBothYearsOrNew() {
    assertThat(flagged(rule, List.of(uasc(null)), List.of(uasc(null)))).isEmpty();
    assertThat(LastYearTester.flaggedWithoutLastYearsRecord(rule, YEAR, child(YEAR, uasc(null)))).isEmpty();
  }
}
