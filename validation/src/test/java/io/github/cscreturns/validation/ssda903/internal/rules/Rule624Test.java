package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule624Test {
  private final Rule624 rule = new Rule624();
  private final CollectionYear y = CollectionYear.Y2023_24;
  private final LocalDate born = LocalDate.of(2022, 8, 1);

  @Test
  void firesWhenTheFirstChildsBirthDateChangedOrWasDropped() {
    Child changed = child(y).motherChildDob(born.plusDays(2)).build();
    assertThat(flaggedAgainst(rule, y, changed, lastYearsChild(y).motherChildDob(born).build())).containsExactly(changed);
    Child dropped = child(y).motherChildDob(Optional.empty()).build();
    assertThat(flaggedAgainst(rule, y, dropped, lastYearsChild(y).motherChildDob(born).build())).containsExactly(dropped);
  }

  @Test
  void silentOnTheSameDateOrWhenNoneWasRecordedLastYear() {
    assertThat(flaggedAgainst(rule, y, child(y).motherChildDob(born).build(), lastYearsChild(y).motherChildDob(born).build())).isEmpty();
    assertThat(flaggedAgainst(rule, y, child(y).motherChildDob(born).build(), lastYearsChild(y).build())).isEmpty();
  }
}
