package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule204Test {
  private final Rule204 rule = new Rule204();

  @Test
  void firesWhenTheEthnicOriginDiffersFromLastYears() {
    CollectionYear y = CollectionYear.Y2023_24;
    Child now = child(y).ethnicity(Ethnicity.WIRI).build();
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).build())).containsExactly(now);
    Child unknown = child(y).ethnicity(Optional.empty()).unparsed(Map.of("ETHNIC", "XXXX")).build();
    assertThat(flaggedAgainst(rule, y, unknown, lastYearsChild(y).build())).containsExactly(unknown);
  }

  @Test
  void silentOnTheSameEthnicOriginOrForAChildNewToTheReturn() {
    CollectionYear y = CollectionYear.Y2026_27;
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYearsChild(y).build())).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).ethnicity(Ethnicity.WIRI).build())).isEmpty();
  }
}
