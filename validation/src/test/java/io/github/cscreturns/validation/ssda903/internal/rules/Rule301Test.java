package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Rule301Test {
  private final Rule301 rule = new Rule301();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesOnABirthAfter31March() {
    Child c = child(YEAR).dob(LocalDate.of(2023, 4, 1)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c);
  }

  @Test
  void silentOnABirthBy31March() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(LocalDate.of(2023, 3, 31)).build(), YEAR)).isEmpty();
  }
}
