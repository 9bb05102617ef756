package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.RuleCodes;
import io.github.cscreturns.validation.ssda903.internal.rules.Rule103;
import io.github.cscreturns.validation.ssda903.internal.rules.RuleInt32;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RuleSetTest {
  private static final CollectionYear BASE = CollectionYear.Y2022_23;

  static List<CollectionYear> years() {
    return RuleCatalogue.years();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theDfeSetBuildsForEveryYearWithItsCatalogue(CollectionYear year) {
    RuleSet set = RuleSet.forYear(year);
    assertThat(set.year()).isEqualTo(year);
    assertThat(set.catalogue()).isSameAs(RuleCatalogue.of(year));
    assertThat(RuleSet.forYear(year)).isSameAs(set);
    for (Rule r : set.rules()) {
      assertThat(set.catalogue().contains(r.code())).isTrue();
      assertThat(set.isImplemented(r.code())).isTrue();
    }
    int implemented = set.rules().size() + set.returnRules().size();
    assertThat(set.notImplemented()).hasSize(set.catalogue().rules().size() - implemented);
    assertThat(set.notImplemented()).isSortedAccordingTo(RuleCodes.ORDER);
  }

  @Test
  void noSetBefore2022_23() {
    assertThatThrownBy(() -> RuleSet.forYear(CollectionYear.Y2021_22)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addingACodeTwiceFailsFast() {
    assertThatThrownBy(() -> RuleSet.builder(BASE).add(new Rule103()).add(new Rule103()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("103 is already in the set");
    assertThatThrownBy(() -> RuleSet.builder(BASE).add(new RuleInt32()).add(new RuleInt32()))
        .isInstanceOf(IllegalStateException.class);
    RuleSet base = RuleSet.builder(BASE).add(new Rule103()).build();
    assertThatThrownBy(() -> base.derive(CollectionYear.Y2023_24).add(new Rule103()))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void replacingOrRemovingAnAbsentCodeFailsFast() {
    assertThatThrownBy(() -> RuleSet.builder(BASE).replace(new Rule103()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot replace rule 103");
    assertThatThrownBy(() -> RuleSet.builder(BASE).replace(new RuleInt32()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleSet.builder(BASE).remove("103"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Cannot remove rule 103");
  }

  @Test
  void anImplementedCodeMissingFromTheCatalogueFailsTheBuild() {
    // SW15STG2 was never active; 101 is in every year.
    assertThatThrownBy(() -> RuleSet.builder(BASE).add(TestRules.header("SW15STG2", c -> true)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SW15STG2");
  }

  @Test
  void aRuleTheDfeDeletedMustBeRemovedWhenDeriving() {
    List<CollectionYear> years = RuleCatalogue.years();
    int i = 0;
    while (deletedAfter(years.get(i), years.get(i + 1)).isEmpty()) {
      i++;
    }
    CollectionYear year = years.get(i);
    CollectionYear following = years.get(i + 1);
    String deleted = deletedAfter(year, following).get(0);
    RuleSet base = RuleSet.builder(year).add(TestRules.header(deleted, c -> true)).build();
    assertThatThrownBy(() -> base.derive(following).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(deleted);
    RuleSet next = base.derive(following).remove(deleted).build();
    assertThat(next.isImplemented(deleted)).isFalse();
  }

  @Test
  void derivingKeepsReplacesAndAdds() {
    Rule first = TestRules.header("101", c -> true);
    Rule second = TestRules.header("101", c -> false);
    RuleSet base = RuleSet.builder(BASE).add(first).add(new Rule103()).build();
    RuleSet next = base.derive(CollectionYear.Y2023_24).replace(second).add(new RuleInt32()).build();
    assertThat(next.rule("101")).containsSame(second);
    assertThat(next.rule("103")).containsSame(base.rule("103").orElseThrow());
    assertThat(next.returnRule("INT32")).isPresent();
    assertThat(base.rule("101")).containsSame(first);
    assertThat(base.returnRule("INT32")).isEmpty();
    assertThat(next.rules()).extracting(Rule::code).containsExactly("101", "103");
  }

  @Test
  void aRuleLeftUnimplementedOnPurposeIsSkippedWithItsReason() {
    RuleSet set = RuleSet.builder(CollectionYear.Y2024_25).unimplementable("411", "cannot disagree").build();
    assertThat(set.isImplemented("411")).isFalse();
    assertThat(set.whyNotImplemented("411")).contains("cannot disagree");
    assertThat(set.whyNotImplemented("103")).isEmpty();
    assertThat(set.derive(CollectionYear.Y2025_26).build().whyNotImplemented("411")).contains("cannot disagree");
    assertThat(Validator.builder(set).build().validate(List.of()).outcomes().get("411"))
        .isEqualTo(new io.github.cscreturns.validation.RuleOutcome.Skipped("not implemented: cannot disagree"));
    assertThatThrownBy(() -> RuleSet.builder(CollectionYear.Y2024_25).unimplementable("411", "a").unimplementable("411", "b"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleSet.builder(CollectionYear.Y2024_25).unimplementable("NOPE", "a").build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NOPE");
    assertThat(RuleSet.forYear(CollectionYear.Y2026_27).whyNotImplemented("411")).isPresent();
  }

  @Test
  void derivingBackwardsFails() {
    RuleSet later = RuleSet.builder(CollectionYear.Y2024_25).build();
    assertThatThrownBy(() -> later.derive(CollectionYear.Y2023_24)).isInstanceOf(IllegalArgumentException.class);
  }

  /** Codes in the year's catalogue but not in the next year's. */
  private static List<String> deletedAfter(CollectionYear year, CollectionYear next) {
    return RuleCatalogue.of(year).rules().stream()
        .map(RuleMetadata::code)
        .filter(c -> !RuleCatalogue.of(next).contains(c))
        .toList();
  }
}
