package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.UascYears.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule205BTest {
  private final Rule205B rule = new Rule205B();

  @Test
  void firesWhenLastYearsDateCeasedIsNotTheEighteenthBirthday() {
    Uasc now = uasc(dob().plusYears(18));
    assertThat(flagged(rule, List.of(now), List.of(uasc(dob().plusYears(18).minusDays(3))))).contains(now);
  }

  @Test
  void silentWhenTheDateCeasedIsTheEighteenthBirthdayInBothYears() {
    LocalDate eighteenth = dob().plusYears(18);
    assertThat(flagged(rule, List.of(uasc(eighteenth)), List.of(uasc(eighteenth)))).isEmpty();
    assertThat(flagged(rule, List.of(), List.of(uasc(eighteenth.minusDays(3))))).isEmpty();
  }

  @Test
  void takesTheHeadersDateOfBirthWhereTheUascRecordHasNone() {
    // An XML return's UASC items carry no DOB of their own: the 18th birthday is by the header's DOB.
    LocalDate eighteenth = dob().plusYears(18);
    Uasc withoutDob = Uasc.builder().ceasedDate(eighteenth).build();
    Child now = RuleTester.child(YEAR).uasc(List.of(withoutDob)).build();
    Child lastYear = RuleTester.child(YEAR.previous().orElseThrow()).dob(dob()).uasc(List.of(withoutDob)).build();
    assertThat(LastYearTester.flaggedAgainst(rule, YEAR, now, lastYear)).isEmpty();
    Uasc early = Uasc.builder().ceasedDate(eighteenth.minusDays(3)).build();
    Child lastYearEarly = RuleTester.child(YEAR.previous().orElseThrow()).dob(dob()).uasc(List.of(early)).build();
    assertThat(LastYearTester.flaggedAgainst(rule, YEAR, now, lastYearEarly)).contains(withoutDob);
  }
}
