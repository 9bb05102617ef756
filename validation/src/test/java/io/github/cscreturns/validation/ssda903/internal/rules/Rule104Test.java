package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule104Test {
  private final Rule104 rule = new Rule104();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAnUnreadableDucOrOneBeforeTheYear(CollectionYear year) {
    Uasc unreadable = Uasc.builder().putUnparsed("DUC", "31/13/2023").build();
    Uasc before = Uasc.builder().ceasedDate(year.ssda903Start().minusDays(1)).build();
    assertThat(flagged(rule, child(year).addUasc(unreadable).build(), year)).containsExactly(unreadable);
    assertThat(flagged(rule, child(year).addUasc(before).build(), year)).containsExactly(before);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADucFromTheYearsStartOrNone(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().ceasedDate(year.ssda903Start()).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().ceasedDate(LocalDate.of(year.endYear() + 5, 1, 1)).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
  }
}
