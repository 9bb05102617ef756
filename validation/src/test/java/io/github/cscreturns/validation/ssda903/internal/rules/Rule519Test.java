package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule519Test {
  private final Rule519 rule = new Rule519();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnOtherSexesOfAdoptersOrNone(CollectionYear year) {
    AdopterSexChecks.firesOnOtherSexesOrNone(rule, year, AdopterLegalStatus.L2, AdopterSex.M1);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheSexesOfTheLegalStatusOrAnotherStatus(CollectionYear year) {
    AdopterSexChecks.silentOnItsSexesOrAnotherStatus(
        rule, year, AdopterLegalStatus.L2, List.of(AdopterSex.MM, AdopterSex.MF),
        AdopterLegalStatus.L0, AdopterSex.M1);
  }
}
