package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rule208Test {
  private final Rule208 rule = new Rule208();
  private final CollectionYear y = CollectionYear.Y2025_26;

  private static Optional<Upn> upn(String text) {
    return text == null ? Optional.empty() : Optional.of(Upn.of(text));
  }

  private boolean flags(String lastYear, String thisYear) {
    Child now = child(y).upn(upn(thisYear)).build();
    return !flaggedAgainst(rule, y, now, lastYearsChild(y).upn(upn(lastYear)).build()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      value = {"A123456789012,B123456789012", "A123456789012,", "A123456789012,UN1", "UN4,UN3", ",UN1", "UN2,UN1"},
      nullValues = "")
  void firesWhenTheUpnContradictsLastYears(String lastYear, String thisYear) {
    assertThat(flags(lastYear, thisYear)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(
      value = {"A123456789012,A123456789012", "a123456789012,A123456789012", ",", "UN1,UN3", ",UN5", "UN1,A123456789012", "UN5,A123456789012", ",A123456789012"},
      nullValues = "")
  void silentOnTheSameUpnOrWhenMoreIsKnownNow(String lastYear, String thisYear) {
    assertThat(flags(lastYear, thisYear)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void silentForAChildNewToTheReturn() {
    assertThat(flaggedWithoutLastYearsRecord(rule, y, child(y).upn(Upn.of("UN2")).build())).isEmpty();
  }
}
