package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule101Test {
  private final Rule101 rule = new Rule101();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2026_27"})
  void firesOnABlankUnknownOrOtherEraCode(CollectionYear year) {
    Child blank = child(year).sex(Optional.empty()).build();
    assertThat(flagged(rule, blank, year)).containsExactly(blank);
    Child unknown = child(year).sex(Optional.empty()).unparsed(Map.of("SEX", "X")).build();
    assertThat(flagged(rule, unknown, year)).containsExactly(unknown);
    Sex otherEra = year.isEqualOrNewerThan(CollectionYear.Y2024_25) ? Sex.GENDER_MALE : Sex.M;
    Child wrongEra = child(year).sex(otherEra).build();
    assertThat(flagged(rule, wrongEra, year)).containsExactly(wrongEra);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2026_27"})
  void silentOnTheYearsCodes(CollectionYear year) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).sex(female(year)).build(), year)).isEmpty();
    if (year.isEqualOrNewerThan(CollectionYear.Y2024_25)) {
      assertThat(flagged(rule, child(year).sex(Sex.U).build(), year)).isEmpty();
    }
  }
}
