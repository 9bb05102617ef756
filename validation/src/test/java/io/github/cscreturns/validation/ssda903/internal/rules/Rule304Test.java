package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule304Test {
  private final Rule304 rule = new Rule304();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnADucAfterThe18thBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 17, 5, 1);
    Uasc late = Uasc.builder().ceasedDate(dob.plusYears(18).plusDays(1)).build();
    assertThat(flagged(rule, child(year).dob(dob).addUasc(late).build(), year)).containsExactly(late);
    Uasc ownDob = Uasc.builder().ceasedDate(dob.plusYears(18)).dob(dob.plusDays(-1)).build();
    assertThat(flagged(rule, child(year).dob(dob).addUasc(ownDob).build(), year)).containsExactly(ownDob);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnOrBeforeThe18thBirthday(CollectionYear year) {
    LocalDate dob = LocalDate.of(year.startYear() - 17, 5, 1);
    assertThat(flagged(rule, child(year).dob(dob).addUasc(Uasc.builder().ceasedDate(dob.plusYears(18)).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(dob).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
    Uasc unreadableDob = Uasc.builder().ceasedDate(dob.plusYears(19)).putUnparsed("DOB", "x").build();
    assertThat(flagged(rule, child(year).dob(dob).addUasc(unreadableDob).build(), year)).isEmpty();
  }
}
