package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The header and field rules (group A) are registered in the years the DfE has them, and accept the baseline child. */
class GroupARegistrationTest {
  private static final List<String> EVERY_YEAR =
      List.of(
          "101", "102", "103", "105", "141", "142", "143", "144", "145", "146", "147", "148", "149", "164",
          "168", "169", "171", "174", "178", "179", "199", "209", "210", "213", "214", "217", "218", "222",
          "225", "226", "301", "302", "607", "611", "612", "620", "621", "625");

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void everyYearBuildsWithTheGroupsRules(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    assertThat(EVERY_YEAR).allMatch(set::isImplemented);
    assertThat(set.isImplemented("217t")).isEqualTo(year == CollectionYear.Y2023_24);
    assertThat(set.isImplemented("230")).isEqualTo(year == CollectionYear.Y2023_24);
    assertThat(set.isImplemented("231")).isEqualTo(year.isEqualOrNewerThan(CollectionYear.Y2024_25));
    assertThat(set.isImplemented("232")).isEqualTo(year.isEqualOrNewerThan(CollectionYear.Y2024_25));
    assertThat(set.isImplemented("233")).isEqualTo(year.isEqualOrNewerThan(CollectionYear.Y2025_26));
    assertThat(set.isImplemented("234")).isEqualTo(year.isEqualOrNewerThan(CollectionYear.Y2025_26));
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void silentOnTheBaselineChildWithEveryDirectory(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    RuleContext context = RuleTesterA.withBaselinePostcodes(year).withPrevious(java.util.Optional.empty());
    Set<String> groupA = new java.util.HashSet<>(EVERY_YEAR);
    groupA.addAll(List.of("217t", "230", "231", "232", "233", "234"));
    for (Rule rule : set.rules()) {
      if (groupA.contains(rule.code())) {
        assertThat(RuleTester.flagged(rule, RuleTester.child(year).build(), context)).as(rule.code()).isEmpty();
      }
    }
  }
}
