package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.UascYears.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule205CTest {
  private final Rule205C rule = new Rule205C();

  private List<io.github.cscreturns.core.ssda903.Ssda903Record> neverUasc(Uasc now) {
    Child thisYear = RuleTester.child(YEAR).uascFlag(UascFlag.NO).uasc(List.of(now)).build();
    Child lastYear = RuleTester.child(YEAR.previous().orElseThrow()).uascFlag(UascFlag.NO).build();
    return LastYearTester.flaggedAgainst(rule, YEAR, thisYear, lastYear);
  }

  @Test
  void firesWhenADateCeasedIsGivenForAChildNeverUasc() {
    Uasc now = Uasc.builder().dob(dob()).putUnparsed("DUC", "31/02/2030").build();
    assertThat(neverUasc(now)).contains(now);
  }

  @Test
  void silentWhenNoDateCeasedOrTheChildIsUasc() {
    assertThat(neverUasc(Uasc.builder().dob(dob()).build())).isEmpty();
    assertThat(flagged(rule, List.of(uasc(LocalDate.of(2030, 1, 1))), List.of())).isEmpty();
  }
}
