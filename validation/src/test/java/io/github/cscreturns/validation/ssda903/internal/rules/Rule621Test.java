package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule621Test {
  private final Rule621 rule = new Rule621();
  private static final CollectionYear YEAR = CollectionYear.Y2026_27;

  @Test
  void firesWhenTheChildIsNotYoungerThanTheMother() {
    Child same = child(YEAR).dob(LocalDate.of(2010, 1, 31)).motherChildDob(LocalDate.of(2010, 1, 31)).build();
    assertThat(flagged(rule, same, YEAR)).containsExactly(same);
  }

  @Test
  void silentWhenTheChildIsYoungerOrADateIsMissing() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(LocalDate.of(2010, 1, 31)).motherChildDob(LocalDate.of(2010, 2, 1)).build(), YEAR)).isEmpty();
  }
}
