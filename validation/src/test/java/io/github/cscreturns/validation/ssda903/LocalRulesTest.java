package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Local rules: own codes and metadata, refused on a DfE code, reported beside the DfE's and marked local. */
class LocalRulesTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static RuleMetadata meta(String code) {
    return RuleMetadata.builder().code(code).message("Local check.").severity(Severity.ERROR)
        .addFields("SEX").addTables("Header").build();
  }

  @Test
  void aLocalRuleRunsBesideTheDfesAndItsFindingsAreMarkedLocal() {
    RuleSet set = RuleSet.forYear(YEAR).toBuilder()
        .addLocal(meta("LA01"), TestRules.header("LA01", c -> c.childId().value().equals("C2")))
        .build();
    assertThat(set.localRules()).extracting(RuleMetadata::code).containsExactly("LA01");
    assertThat(set.isLocal("LA01")).isTrue();
    assertThat(set.isLocal("103")).isFalse();
    ValidationReport report = Validator.builder(set).build().validate(List.of(
        RuleTester.child(YEAR).childId(ChildId.of("C1")).build(), RuleTester.child(YEAR).childId(ChildId.of("C2")).build()));
    List<Finding> local = report.findings().stream().filter(Finding::isLocal).toList();
    assertThat(local).singleElement().satisfies(f -> {
      assertThat(f.ruleCode()).isEqualTo("LA01");
      assertThat(f.message()).isEqualTo("Local check.");
      assertThat(f.childId()).contains(ChildId.of("C2"));
    });
    assertThat(report.findings().stream().filter(f -> !f.isLocal())).allMatch(f -> !f.ruleCode().equals("LA01"));
    assertThat(report.outcome("LA01")).contains(new RuleOutcome.Failed(1));
    assertThat(report.localRules()).containsExactly("LA01");
    assertThat(report.cataloguedRules()).isEqualTo(RuleCatalogue.of(YEAR).rules().size());
    assertThat(report.isValid()).isFalse(); // an error-severity local finding counts
  }

  @Test
  void aLocalCodeThatIsADfeCodeIsRefused() {
    assertThatThrownBy(() -> RuleSet.forYear(YEAR).toBuilder().addLocal(meta("103"), TestRules.header("103", c -> true)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DfE");
    // a DfE code of another year too (SW rules are 2023-24 on; 217t is 2023-24 only)
    assertThatThrownBy(() -> RuleSet.forYear(YEAR).toBuilder().addLocal(meta("217t"), TestRules.header("217t", c -> true)))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RuleSet.forYear(YEAR).toBuilder().addLocal(meta("LA02"), TestRules.header("LA03", c -> true)))
        .isInstanceOf(IllegalArgumentException.class);
    RuleSet.Builder twice = RuleSet.forYear(YEAR).toBuilder().addLocal(meta("LA01"), TestRules.header("LA01", c -> true));
    assertThatThrownBy(() -> twice.addLocal(meta("LA01"), TestRules.header("LA01", c -> true)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void localRulesCarryIntoDerivedYearsAndLeaveTheDfesChangesAlone() {
    RuleSet base = RuleSet.builder(CollectionYear.Y2022_23)
        .addLocal(meta("LA01"), TestRules.header("LA01", c -> true))
        .build();
    RuleSet next = base.derive(CollectionYear.Y2023_24).build();
    assertThat(next.isLocal("LA01")).isTrue();
    assertThat(next.changes()).noneMatch(c -> c.code().equals("LA01"));
    assertThat(RuleSet.forYear(YEAR).toBuilder().build().changes()).isEqualTo(RuleSet.forYear(YEAR).changes());
  }

  @Test
  void withoutProvidersTheYearsSetHasNoLocalRules() {
    assertThat(RuleSet.forYearWithProviders(YEAR).localRules()).isEmpty();
  }
}
