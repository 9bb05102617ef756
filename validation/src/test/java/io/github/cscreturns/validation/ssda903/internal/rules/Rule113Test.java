package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule113Test {
  private final Rule113 rule = new Rule113();

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void firesOnTextThatIsNotADate(CollectionYear year) {
    var bad = AdoptionRecords.adoption(year).matchedDate(Optional.empty()).putUnparsed("DATE_MATCH", "31/02/2023").build();
    var good = AdoptionRecords.adoption(year).build();
    Child c = child(year).addAdoptions(bad).addAdoptions(good).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2026_27"})
  void silentOnADateOrABlank(CollectionYear year) {
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).build()).build(), year)).isEmpty();
    assertThat(flagged(rule, child(year).addAdoptions(AdoptionRecords.adoption(year).matchedDate(Optional.empty()).build()).build(), year)).isEmpty();
  }
}
