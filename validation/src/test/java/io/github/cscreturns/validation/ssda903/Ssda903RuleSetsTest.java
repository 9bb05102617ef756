package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DfE's rule sets hold each implemented rule in exactly the years the DfE has it, and every rule of
 * every year accepts the baseline child.
 */
class Ssda903RuleSetsTest {
  /** Rules implemented in every year from 2022-23 on. */
  private static final List<String> EVERY_YEAR =
      List.of(
          // Header and field rules
          "101", "102", "103", "105", "141", "142", "143", "144", "145", "146", "147", "148", "149", "164",
          "168", "169", "171", "174", "178", "179", "199", "209", "210", "213", "214", "217", "218", "222",
          "225", "226", "301", "302", "607", "611", "612", "620", "621", "625",
          // Episodes
          "336", "351", "352", "353", "354", "355", "356", "357", "358", "359", "361", "362", "363", "364",
          "365", "366", "367", "371", "372", "373", "374", "375", "376", "377", "378", "379", "380", "381",
          "382", "383", "384", "385", "386", "387", "388", "389", "390",
          "392a", "392b", "392c", "392d", "393", "398", "406", "407", "408", "420", "426",
          "431", "432", "433", "434", "435", "436", "437", "442", "446", "460",
          "501", "503D", "504", "516", "526", "527", "528", "529", "530", "531", "550",
          "1009", "1012", "1015", "EPI", "INT03", "INT32");

  static List<CollectionYear> years() {
    return RuleCatalogue.years();
  }

  @ParameterizedTest
  @MethodSource("years")
  void eachRuleIsImplementedInTheYearsTheDfeHasIt(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    assertThat(EVERY_YEAR).allMatch(set::isImplemented);
    boolean y2023 = year == CollectionYear.Y2023_24;
    // the supported accommodation reforms' transitional rules, 2023-24 only
    assertThat(set.isImplemented("217t")).isEqualTo(y2023);
    assertThat(set.isImplemented("230")).isEqualTo(y2023);
    boolean from2024 = year.isEqualOrNewerThan(CollectionYear.Y2024_25);
    assertThat(set.isImplemented("231")).isEqualTo(from2024);
    assertThat(set.isImplemented("232")).isEqualTo(from2024);
    // independent living: deleted in 2024-25; freeing orders: no longer checked from 2024-25
    assertThat(set.isImplemented("370")).isEqualTo(!from2024);
    assertThat(set.isImplemented("445")).isEqualTo(!from2024);
    assertThat(set.isImplemented("451")).isEqualTo(!from2024);
    boolean from2025 = year.isEqualOrNewerThan(CollectionYear.Y2025_26);
    assertThat(set.isImplemented("233")).isEqualTo(from2025);
    assertThat(set.isImplemented("234")).isEqualTo(from2025);
    assertThat(set.returnRule("444").isPresent()).isEqualTo(from2025);
    assertThat(set.isImplemented("454")).isEqualTo(from2025);
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyRuleAcceptsTheBaselineChild(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    RuleContext withPostcodes = RuleTester.withPostcodes(year).withPrevious(Optional.empty());
    for (Rule rule : set.rules()) {
      // without reference data, only the rules that need none run (the validator skips the others)
      if (rule.requirements().isEmpty()) {
        assertThat(RuleTester.flagged(rule, RuleTester.child(year).build(), year)).as("%s in %s", rule.code(), year).isEmpty();
      }
      assertThat(RuleTester.flagged(rule, RuleTester.child(year).build(), withPostcodes)).as("%s in %s", rule.code(), year).isEmpty();
    }
  }
}
