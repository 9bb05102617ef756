package io.github.cscreturns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinHeader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule100Test {
  static List<CollectionYear> years() {
    return CinRuleCatalogue.years();
  }

  private static List<?> flagged(CinHeader header, CollectionYear year) {
    CinReturnRule rule = CinRuleSet.forYear(year).only(List.of("100")).returnRules().get(0);
    return CinRuleTester.flagged(rule, Optional.of(header), List.of(CinRuleTester.child(year)), year).flagged();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theYearsReferenceDateAndYearPass(CollectionYear year) {
    assertThat(flagged(CinRuleTester.header(year), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void anotherReferenceDateIsFlagged(CollectionYear year) {
    CinHeader h = CinRuleTester.header(year);
    assertThat(flagged(CinHeader.builder().from(h).referenceDate(h.referenceDate().orElseThrow().minusDays(1)).build(), year))
        .hasSize(1);
    assertThat(flagged(CinHeader.builder().from(h).referenceDate(Optional.empty()).build(), year)).hasSize(1);
  }

  @ParameterizedTest
  @MethodSource("years")
  void aBlankOrOtherYearLeavesTheReferenceDateUnconfirmed(CollectionYear year) {
    CinHeader h = CinRuleTester.header(year);
    assertThat(flagged(CinHeader.builder().from(h).year(Optional.empty()).build(), year)).hasSize(1);
    assertThat(flagged(CinHeader.builder().from(h).year("1999").build(), year)).hasSize(1);
  }
}
