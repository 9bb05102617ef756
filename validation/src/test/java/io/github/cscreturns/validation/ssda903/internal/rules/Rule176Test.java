package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.*;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule176Test {
  private final Rule176 rule = new Rule176();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void firesOnTextThatIsNoCode(CollectionYear year) {
    var bad = AdoptionRecords.adoption(year).adopterSex(Optional.empty()).putUnparsed("SEX_ADOPTR", "m1").build();
    var good = AdoptionRecords.adoption(year).adopterSex(AdopterSex.FF).build();
    Child c = child(year).addAdoptions(bad).addAdoptions(good).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2026_27"})
  void silentOnEveryCodeOfTheYearAndABlank(CollectionYear year) {
    for (var code : AdopterSex.CODESET.validCodes(year)) {
      assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).adopterSex(code).build()).build(), year)).isEmpty();
    }
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).adopterSex(Optional.empty()).build()).build(), year)).isEmpty();
  }
}
