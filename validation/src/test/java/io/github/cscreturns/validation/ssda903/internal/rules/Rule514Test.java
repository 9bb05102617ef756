package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule514Test {
  private final Rule514 rule = new Rule514();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnOtherSexesOfAdoptersOrNone(CollectionYear year) {
    var wrong = AdoptionRecords.adoption(year).adopterLegalStatus(AdopterLegalStatus.L0).adopterSex(AdopterSex.MF).build();
    var blank = AdoptionRecords.adoption(year).adopterLegalStatus(AdopterLegalStatus.L0).adopterSex(Optional.empty()).build();
    var invalid = blank.withUnparsed(java.util.Map.of("SEX_ADOPTR", "XX"));
    Child c = child(year).addAdoptions(wrong, blank, invalid).build();
    assertThat(flagged(rule, c, year)).containsExactly(wrong, blank, invalid);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheSexesOfTheLegalStatusOrAnotherStatus(CollectionYear year) {
    for (AdopterSex sex : new AdopterSex[] {AdopterSex.M1, AdopterSex.F1}) {
      var ok = AdoptionRecords.adoption(year).adopterLegalStatus(AdopterLegalStatus.L0).adopterSex(sex).build();
      assertThat(flagged(rule, child(year).addAdoptions(ok).build(), year)).isEmpty();
    }
    var other = AdoptionRecords.adoption(year).adopterLegalStatus(AdopterLegalStatus.L3).adopterSex(AdopterSex.MF).build();
    assertThat(flagged(rule, child(year).addAdoptions(other).build(), year)).isEmpty();
  }
}
