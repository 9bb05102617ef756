package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt09Test {
  private final RuleInt09 rule = new RuleInt09();
  private final Uasc uasc = Uasc.builder().build();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAUascRowOfAChildWithoutHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).headerRecorded(false).addUasc(uasc).build(), year)).containsExactly(uasc);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWithAHeader(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(uasc).build(), year)).isEmpty();
  }
}
