package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rules carry their DfE stage where a source gives it; a run can be limited to one stage. */
class StageTest {
  private final CollectionYear year = CollectionYear.Y2024_25;

  @Test
  void theSocialWorkerRulesCarryTheStageTheirCodeNamesAndOthersNoGuess() {
    RuleCatalogue catalogue = RuleCatalogue.of(year);
    assertThat(catalogue.rule("SW02STG1").flatMap(RuleMetadata::stage)).contains(Stage.ONE);
    assertThat(catalogue.rule("SW06STG2").flatMap(RuleMetadata::stage)).contains(Stage.TWO);
    assertThat(catalogue.rule("101").flatMap(RuleMetadata::stage)).isEmpty();
    assertThat(Stage.of(3)).isEmpty();
  }

  @Test
  void bothStagesRunByDefaultAndTheReportSaysSo() {
    ValidationReport report = Validator.forYear(year).validate(List.of(RuleTester.child(year).build()));
    assertThat(report.stagesRun()).containsExactly(1, 2);
    assertThat(report.outcomes().get("101")).isInstanceOf(RuleOutcome.Passed.class);
  }

  @Test
  void stageOneAloneSkipsStageTwoAndUnknownStageRulesWithTheReason() {
    Validator validator = Validator.builder(RuleSet.forYear(year)).stages(EnumSet.of(Stage.ONE)).build();
    ValidationReport report = validator.validate(List.of(RuleTester.child(year).build()));
    assertThat(report.stagesRun()).containsExactly(1);
    // Not-implemented is said first where it applies: a stage 2 rule not yet written stays "not implemented".
    RuleSet set = RuleSet.forYear(year);
    set.catalogue().rules().stream()
        .filter(m -> m.stage().equals(Optional.of(Stage.TWO)) && set.isImplemented(m.code()))
        .forEach(m -> assertThat(report.outcomes().get(m.code())).isEqualTo(new RuleOutcome.Skipped("stage 2 not run")));
    assertThat(report.outcomes().get("101")).isEqualTo(new RuleOutcome.Skipped("stage not known; only stage 1 run"));
    set.catalogue().rules().stream()
        .filter(m -> m.stage().equals(Optional.of(Stage.ONE)) && set.isImplemented(m.code()))
        .forEach(m -> assertThat(report.outcomes().get(m.code())).isNotInstanceOf(RuleOutcome.Skipped.class));
  }

  @Test
  void findingsCarryTheirRulesStage() {
    var child = RuleTester.child(year).sex(Optional.empty()).build();
    ValidationReport report = Validator.forYear(year).validate(List.of(child));
    assertThat(report.findings()).filteredOn(f -> f.ruleCode().equals("101")).allSatisfy(f -> assertThat(f.stage()).isEmpty());
    assertThat(report.findings()).filteredOn(f -> f.ruleCode().startsWith("SW") && f.ruleCode().endsWith("STG1"))
        .allSatisfy(f -> assertThat(f.stage()).hasValue(1));
  }
}
