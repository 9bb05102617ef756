package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.ssda903.RuleSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The group C rules are registered in the DfE's rule set of each year they are published in. */
class GroupCRuleSetsTest {
  private static final List<String> EVERY_YEAR = List.of(
      "392a", "392b", "392c", "392d", "393", "398", "406", "407", "408", "420", "426",
      "431", "432", "433", "434", "435", "436", "437", "442", "446", "460",
      "501", "503D", "504", "516", "526", "527", "528", "529", "530", "531", "550",
      "1009", "1012", "1015", "EPI", "INT03", "INT32");
  private static final List<CollectionYear> YEARS = List.of(
      CollectionYear.Y2022_23, CollectionYear.Y2023_24, CollectionYear.Y2024_25, CollectionYear.Y2025_26, CollectionYear.Y2026_27);

  @Test
  void everyYearsSetBuildsWithTheGroupCRules() {
    for (CollectionYear year : YEARS) {
      RuleSet set = RuleSet.forYear(year);
      assertThat(EVERY_YEAR).allMatch(set::isImplemented);
      boolean freeingOrderRules = year.isOlderThan(CollectionYear.Y2024_25);
      assertThat(set.isImplemented("445")).isEqualTo(freeingOrderRules);
      assertThat(set.isImplemented("451")).isEqualTo(freeingOrderRules);
      boolean from2025 = year.isEqualOrNewerThan(CollectionYear.Y2025_26);
      assertThat(set.isImplemented("444")).isEqualTo(from2025);
      assertThat(set.returnRule("444").isPresent()).isEqualTo(from2025);
      assertThat(set.isImplemented("454")).isEqualTo(from2025);
    }
  }
}
