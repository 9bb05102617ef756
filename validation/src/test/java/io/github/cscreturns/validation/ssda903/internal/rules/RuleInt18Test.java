package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt18Test {
  private final io.github.cscreturns.validation.ssda903.Rule rule = new RuleInt18().perChild();
  private final Uasc other = Uasc.builder().dob(LocalDate.of(2001, 1, 1)).build();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnAUascRowWithAnotherDob(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(other).build(), year)).containsExactly(other);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheHeadersDobOrAnUnknownOne(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).dob(Optional.empty()).addUasc(other).build(), year)).isEmpty();
  }
}
