package io.github.cscreturns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.CinRuleSet.Change;
import io.github.cscreturns.validation.cin.CinRuleSet.Change.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CinRuleSetTest {
  static List<CollectionYear> years() {
    return CinRuleCatalogue.years();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineReturnIsSilentUnderEveryRuleOfTheYear(CollectionYear year) {
    CinReturn cin =
        CinReturn.builder()
            .header(CinRuleTester.header(year))
            .addChildren(CinRuleTester.child(year, 1), CinRuleTester.child(year, 2), CinRuleTester.child(year, 3))
            .build();
    ValidationReport report = CinValidator.forYear(year).validate(cin);
    assertThat(report.findings()).as("findings on the baseline return").isEmpty();
    assertThat(report.ruleErrors()).isEmpty();
    assertThat(report.outcomes().keySet()).containsExactlyElementsOf(
        CinRuleCatalogue.of(year).rules().stream().map(CinRuleMetadata::code).toList());
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyImplementedRuleIsInTheYearsCatalogue(CollectionYear year) {
    CinRuleSet set = CinRuleSet.forYear(year);
    assertThat(set.codes()).allMatch(set.catalogue()::contains);
  }

  @Test
  void eachYearListsTheDfesChanges() {
    assertThat(CinRuleSet.forYear(CollectionYear.Y2022_23).changes()).isEmpty();
    assertThat(CinRuleSet.forYear(CollectionYear.Y2023_24).changes()).containsExactly(new Change("1530", Kind.REDEFINED));
    assertThat(CinRuleSet.forYear(CollectionYear.Y2024_25).changes())
        .containsExactlyInAnyOrder(
            new Change("1570", Kind.ADDED), new Change("1580", Kind.ADDED), new Change("8945Q", Kind.ADDED), new Change("8950Q", Kind.ADDED),
            new Change("2886Q", Kind.REDEFINED), new Change("4180", Kind.REDEFINED), new Change("8750", Kind.REDEFINED), new Change("8770Q", Kind.REDEFINED));
    assertThat(CinRuleSet.forYear(CollectionYear.Y2025_26).changes()).isEmpty();
  }

  @Test
  void aRuleOutsideTheYearsCatalogueIsRefused() {
    CinRule later = new CinRule() {
      @Override
      public String code() {
        return "1570";
      }

      @Override
      public void check(io.github.cscreturns.core.cin.CinChild child, CinRuleContext context, CinFlags flags) {}
    };
    assertThatThrownBy(() -> CinRuleSet.builder(CollectionYear.Y2022_23).add(later)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1570");
  }

  @Test
  void aRuleThatThrowsIsReportedAsErroredAndTheRunGoesOn() {
    CollectionYear year = CollectionYear.Y2024_25;
    CinRule broken = new CinRule() {
      @Override
      public String code() {
        return "8500";
      }

      @Override
      public void check(io.github.cscreturns.core.cin.CinChild child, CinRuleContext context, CinFlags flags) {
        throw new IllegalStateException("value that must not be echoed");
      }
    };
    CinRuleSet set = CinRuleSet.builder(year).add(broken).build();
    CinReturn cin = CinReturn.builder().header(CinRuleTester.header(year)).addChildren(CinRuleTester.child(year, 1), CinRuleTester.child(year, 2)).build();
    ValidationReport report = CinValidator.of(set).validate(cin);
    assertThat(report.outcome("8500")).containsInstanceOf(RuleOutcome.Errored.class);
    assertThat(report.ruleErrors()).hasSize(2).allSatisfy(e -> assertThat(e.error()).startsWith("java.lang.IllegalStateException at ").doesNotContain("echoed"));
    assertThat(report.outcome("100")).contains(new RuleOutcome.Skipped(RuleOutcome.Skipped.NOT_IMPLEMENTED));
    assertThat(report.checked()).isEqualTo(2);
  }

  @Test
  void rulesLeftOutOfANarrowedSetAreNotSelectedNotUnimplemented() {
    CollectionYear year = CollectionYear.Y2024_25;
    CinRuleSet set = CinRuleSet.forYear(year).only(List.of("100", "8500")).without(List.of("8500"));
    CinReturn cin = CinReturn.builder().header(CinRuleTester.header(year)).addChildren(CinRuleTester.child(year, 1)).build();
    ValidationReport report = CinValidator.of(set).validate(cin);
    assertThat(report.outcome("100")).contains(new RuleOutcome.Passed());
    assertThat(report.outcome("8500")).contains(new RuleOutcome.Skipped(RuleOutcome.Skipped.NOT_SELECTED));
    assertThat(report.outcome("8510")).contains(new RuleOutcome.Skipped(RuleOutcome.Skipped.NOT_SELECTED));
    assertThat(set.isNotSelected("8510")).isTrue();
    assertThat(CinRuleSet.forYear(year).isNotSelected("8510")).isFalse();
  }
}
