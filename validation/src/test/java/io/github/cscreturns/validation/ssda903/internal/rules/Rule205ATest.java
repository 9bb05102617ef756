package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.UascYears.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule205ATest {
  private final Rule205A rule = new Rule205A();

  /** XML: the header flag says the child is no longer UASC, while the UASC record stays. */
  private List<io.github.cscreturns.core.ssda903.Ssda903Record> noLongerUasc(Uasc now, Uasc last) {
    Child thisYear = RuleTester.child(YEAR).uascFlag(UascFlag.NO).uasc(List.of(now)).build();
    Child lastYear = RuleTester.child(YEAR.previous().orElseThrow()).uascFlag(UascFlag.YES).uasc(List.of(last)).build();
    return LastYearTester.flaggedAgainst(rule, YEAR, thisYear, lastYear);
  }

  @Test
  void firesWhenLastYearsDateCeasedIsNotInLastYear() {
    Uasc now = Uasc.builder().dob(dob()).build();
    assertThat(noLongerUasc(now, uasc(LocalDate.of(2025, 5, 1)))).contains(now);
  }

  @Test
  void silentWhenStatusCeasedLastYearAsRecorded() {
    assertThat(noLongerUasc(Uasc.builder().dob(dob()).build(), uasc(LocalDate.of(2023, 12, 1)))).isEmpty();
    // UASC in both years: 205B's concern
    assertThat(flagged(rule, List.of(uasc(null)), List.of(uasc(null)))).isEmpty();
  }
}
