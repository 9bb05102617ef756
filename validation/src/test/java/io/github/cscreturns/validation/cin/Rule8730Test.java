package io.github.cscreturns.validation.cin;

import static io.github.cscreturns.validation.cin.CinRuleTester.flaggedByTheYearsRule;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.planLikeBaseline;
import static io.github.cscreturns.validation.cin.ProtectionPlanFixtures.withPlans;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinChild;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class Rule8730Test {
  static List<CollectionYear> years() {
    return ProtectionPlanFixtures.yearsWith("8730");
  }

  static Stream<Arguments> writtenNumbers() {
    return years().stream().flatMap(y -> Stream.of(
        Arguments.of(y, "", true),
        Arguments.of(y, "  ", true),
        Arguments.of(y, "-1", true),
        Arguments.of(y, "1.5", true),
        Arguments.of(y, "two", true),
        Arguments.of(y, "01", false),
        Arguments.of(y, "+2", false),
        Arguments.of(y, " 3 ", false),
        Arguments.of(y, "-0", false)));
  }

  private static CinChild withNumber(CinChild child, OptionalInt number) {
    return withPlans(child, planLikeBaseline(child).numberOfPreviousPlans(number).build());
  }

  @ParameterizedTest
  @MethodSource("years")
  void zeroOrMorePasses(CollectionYear year) {
    CinChild child = CinRuleTester.child(year);
    assertThat(flaggedByTheYearsRule("8730", child, year)).isEmpty();
    assertThat(flaggedByTheYearsRule("8730", withNumber(child, OptionalInt.of(4)), year)).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void aMissingNumberIsFlagged(CollectionYear year) {
    CinChild child = withNumber(CinRuleTester.child(year), OptionalInt.empty());
    assertThat(flaggedByTheYearsRule("8730", child, year)).containsExactly(ProtectionPlanFixtures.plan(child));
  }

  @ParameterizedTest
  @MethodSource("writtenNumbers")
  void aNumberWrittenOtherwiseIsJudgedByItsValue(CollectionYear year, String text, boolean flagged) {
    CinChild base = CinRuleTester.child(year);
    CinChild child = withPlans(base, planLikeBaseline(base).numberOfPreviousPlans(OptionalInt.empty()).putUnparsed("NumberOfPreviousCPP", text).build());
    assertThat(flaggedByTheYearsRule("8730", child, year)).hasSize(flagged ? 1 : 0);
  }
}
