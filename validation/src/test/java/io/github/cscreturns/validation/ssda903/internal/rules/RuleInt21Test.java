package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTester.male;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Uasc;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RuleInt21Test {
  private final RuleInt21 rule = new RuleInt21();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnAUascRowWithAnotherSex(CollectionYear year) {
    Uasc other = Uasc.builder().sex(female(year)).build();
    Uasc unknown = Uasc.builder().putUnparsed("SEX", "X").build();
    assertThat(flagged(rule, child(year).addUasc(other, unknown).build(), year)).containsExactly(other, unknown);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnTheHeadersSexInAnyCaseOrABlankOne(CollectionYear year) {
    assertThat(flagged(rule, child(year).addUasc(Uasc.builder().build()).build(), year)).isEmpty();
    Uasc lower = Uasc.builder().putUnparsed("SEX", male(year).code().toLowerCase(java.util.Locale.ROOT)).build();
    assertThat(flagged(rule, child(year).addUasc(lower).build(), year)).isEmpty();
    Uasc other = Uasc.builder().sex(female(year)).build();
    assertThat(flagged(rule, child(year).sex(Optional.empty()).addUasc(other).build(), year)).isEmpty();
  }
}
