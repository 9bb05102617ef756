package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule511Test {
  private final Rule511 rule = new Rule511();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnTwoAdoptersWithTheSexOfASingleAdopter(CollectionYear year) {
    var m1 = AdoptionRecords.adoption(year).numberOfAdopters(NumberOfAdopters.TWO).adopterSex(AdopterSex.M1).build();
    var f1 = AdoptionRecords.adoption(year).numberOfAdopters(NumberOfAdopters.TWO).adopterSex(AdopterSex.F1).build();
    assertThat(flagged(rule, child(year).addAdoptions(m1, f1).build(), year)).containsExactly(m1, f1);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnACoupleOrOneAdopterOrABlankSex(CollectionYear year) {
    for (AdopterSex sex : AdoptionItems.COUPLE) {
      var ok = AdoptionRecords.adoption(year).numberOfAdopters(NumberOfAdopters.TWO).adopterSex(sex).build();
      assertThat(flagged(rule, child(year).addAdoptions(ok).build(), year)).isEmpty();
    }
    var one = AdoptionRecords.adoption(year).numberOfAdopters(NumberOfAdopters.ONE).adopterSex(AdopterSex.F1).build();
    var blank = AdoptionRecords.adoption(year).adopterSex(Optional.empty()).build();
    assertThat(flagged(rule, child(year).addAdoptions(one, blank).build(), year)).isEmpty();
  }
}
