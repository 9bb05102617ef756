package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule103Test {
  private final Rule103 rule = new Rule103();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesWhenEthnicityIsMissingOrUnknown(CollectionYear year) {
    Child blank = child(year).ethnicity(Optional.empty()).build();
    assertThat(flagged(rule, blank, year)).containsExactly(blank);
    Child unknown = child(year).ethnicity(Optional.empty()).unparsed(Map.of("ETHNIC", "WXYZ")).build();
    assertThat(flagged(rule, unknown, year)).containsExactly(unknown);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnAValidCode(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).ethnicity(Ethnicity.NOBT).build(), year)).isEmpty();
  }
}
