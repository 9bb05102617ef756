package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule518Test {
  private final Rule518 rule = new Rule518();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnOtherSexesOfAdoptersOrNone(CollectionYear year) {
    AdopterSexChecks.firesOnOtherSexesOrNone(rule, year, AdopterLegalStatus.L4, AdopterSex.MF);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnTheSexesOfTheLegalStatusOrAnotherStatus(CollectionYear year) {
    AdopterSexChecks.silentOnItsSexesOrAnotherStatus(
        rule, year, AdopterLegalStatus.L4, List.of(AdopterSex.MM, AdopterSex.FF),
        AdopterLegalStatus.L3, AdopterSex.MF);
  }
}
