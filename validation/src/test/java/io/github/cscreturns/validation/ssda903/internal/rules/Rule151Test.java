package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Adoption;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule151Test {
  private final Rule151 rule = new Rule151();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesWhenSomeItemsAreBlankAndOthersNot(CollectionYear year) {
    var noMatch = AdoptionRecords.adoption(year).matchedDate(Optional.empty()).build();
    var onlySex = Adoption.builder().putUnparsed("SEX_ADOPTR", "XX").build();
    var noStatus = AdoptionRecords.adoption(year).adopterLegalStatus(Optional.empty()).build();
    assertThat(flagged(rule, child(year).addAdoptions(noMatch, onlySex, noStatus).build(), year))
        .containsExactly(noMatch, onlySex, noStatus);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentWhenAllAreFilledInOrAllBlank(CollectionYear year) {
    var complete = AdoptionRecords.adoption(year).build();
    var invalidButFilled = AdoptionRecords.adoption(year).decisionDate(Optional.empty()).unparsed(Map.of("DATE_INT", "xx")).build();
    var empty = Adoption.builder().build();
    assertThat(flagged(rule, child(year).addAdoptions(complete, invalidButFilled, empty).build(), year)).isEmpty();
  }
}
