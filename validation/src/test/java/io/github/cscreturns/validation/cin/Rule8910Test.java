package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8910Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8910");
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyCodeOfTheYearPasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(CategoryOfAbuse.CODESET.validCodes(year)).isNotEmpty();
    for (CategoryOfAbuse code : CategoryOfAbuse.CODESET.validCodes(year)) {
      assertThat(flaggedByTheYearsRule("8910", withPlans(child, planLikeBaseline(child).latestCategoryOfAbuse(code).build()), year)).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingCodeIsFlagged(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = withPlans(base, planLikeBaseline(base).latestCategoryOfAbuse(Optional.empty()).build());
    assertThat(flaggedByTheYearsRule("8910", child, year)).containsExactly(ProtectionPlanFixtures.plan(child));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aBlankOrUnknownCodeIsFlagged(CollectionYear year) {
    CinChild base = CinRuleTester.child(year);
    for (String text : List.of("", "neg", "ABC", "N1")) {
      CinChild child = withPlans(base, planLikeBaseline(base).latestCategoryOfAbuse(Optional.empty()).putUnparsed("LatestCategoryOfAbuse", text).build());
      assertThat(flaggedByTheYearsRule("8910", child, year)).hasSize(1);
    }
  }
}
