package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule232Test {
  private final Rule232 rule = new Rule232();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  @Test
  void firesOnSexUnknown() {
    Child c = child(YEAR).sex(Sex.U).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c);
  }

  @Test
  void silentOnMaleFemaleOrBlank() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(Sex.F).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).sex(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
