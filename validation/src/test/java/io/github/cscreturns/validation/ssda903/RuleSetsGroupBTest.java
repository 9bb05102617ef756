package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The episode rules 336–390 (group B) are registered in every year whose catalogue lists them. */
class RuleSetsGroupBTest {
  private static final List<String> CODES = List.of(
      "336", "351", "352", "353", "354", "355", "356", "357", "358", "359", "361", "362", "363", "364", "365",
      "366", "367", "370", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380", "381", "382",
      "383", "384", "385", "386", "387", "388", "389", "390");

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void everyCataloguedGroupBRuleIsImplemented(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    for (String code : CODES) {
      assertThat(set.isImplemented(code)).as("%s in %s", code, year).isEqualTo(set.catalogue().contains(code));
    }
  }

  @Test
  void rule370IsRemovedFrom2024_25() {
    assertThat(RuleSet.forYear(CollectionYear.Y2023_24).isImplemented("370")).isTrue();
    assertThat(RuleSet.forYear(CollectionYear.Y2024_25).isImplemented("370")).isFalse();
    assertThat(RuleSet.forYear(CollectionYear.Y2026_27).isImplemented("370")).isFalse();
    assertThat(RuleSet.forYear(CollectionYear.Y2026_27).isImplemented("371")).isTrue();
  }

  @Test
  void theBaselineChildPassesEveryGroupBRule() {
    for (CollectionYear year : new CollectionYear[] {CollectionYear.Y2022_23, CollectionYear.Y2024_25, CollectionYear.Y2026_27}) {
      RuleSet set = RuleSet.forYear(year);
      for (String code : CODES) {
        set.rule(code).ifPresent(rule ->
            assertThat(RuleTester.flagged(rule, RuleTester.child(year).build(), year)).as("%s in %s", code, year).isEmpty());
      }
    }
  }
}
