package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Locator;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A run limited to chosen rules, and the locator each finding carries to find its record. */
class RuleSelectionAndLocatorTest {
  private final CollectionYear year = CollectionYear.Y2024_25;

  /** A child without ethnicity (103 fires) and with an episode ceased without a reason (148). */
  private Child brokenChild() {
    Episode episode = RuleTester.episode(year).end(java.time.LocalDate.of(2024, 9, 1)).build();
    return RuleTester.child(year).ethnicity(Optional.empty()).episodes(List.of(episode)).build();
  }

  @Test
  void onlyTheChosenRulesRunTheOthersAreSkippedAsNotSelected() {
    ValidationReport report =
        Validator.builder(RuleSet.forYear(year)).onlyRules(List.of("103", "int32")).build().validate(List.of(brokenChild()));
    assertThat(report.findings()).extracting(Finding::ruleCode).containsOnly("103");
    assertThat(report.outcomes().get("103")).isEqualTo(new RuleOutcome.Failed(1));
    assertThat(report.outcomes().get("INT32")).isEqualTo(new RuleOutcome.Passed());
    assertThat(report.outcomes().get("101")).isEqualTo(new RuleOutcome.Skipped(Validator.NOT_SELECTED));
  }

  @Test
  void theRulesRunAreThoseNotSkipped() {
    Validator all = Validator.forYear(year);
    ValidationReport report = all.validate(List.of(brokenChild()));
    long notSkipped = report.outcomes().values().stream().filter(o -> !(o instanceof RuleOutcome.Skipped)).count();
    assertThat(all.rulesRun()).isEqualTo(notSkipped).isGreaterThan(2);
    assertThat(Validator.builder(RuleSet.forYear(year)).onlyRules(List.of("103", "int32")).build().rulesRun()).isEqualTo(2);
  }

  @Test
  void excludedRulesAreSkippedAsNotSelected() {
    ValidationReport all = Validator.forYear(year).validate(List.of(brokenChild()));
    ValidationReport without =
        Validator.builder(RuleSet.forYear(year)).excludingRules(List.of("103")).build().validate(List.of(brokenChild()));
    assertThat(all.findings()).extracting(Finding::ruleCode).contains("103");
    assertThat(without.findings()).extracting(Finding::ruleCode).doesNotContain("103")
        .containsExactlyElementsOf(all.findings().stream().map(Finding::ruleCode).filter(c -> !c.equals("103")).toList());
    assertThat(without.outcomes().get("103")).isEqualTo(new RuleOutcome.Skipped(Validator.NOT_SELECTED));
  }

  @Test
  void anUnknownRuleCodeIsRefusedByName() {
    assertThatThrownBy(() -> Validator.builder(RuleSet.forYear(year)).onlyRules(List.of("103", "9999", "XYZ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no rule 9999, XYZ in the 2024-25 rule set");
  }

  @Test
  void anEpisodesFindingCarriesItsStartDateAndAHeaderFindingNone() {
    ValidationReport report = Validator.forYear(year).validate(List.of(brokenChild()));
    assertThat(report.findings()).filteredOn(f -> f.table().equals("Episodes")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.locator()).contains(new Locator("DECOM", "01/06/2024")));
    assertThat(report.findings()).filteredOn(f -> f.table().equals("Header")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.locator()).isEmpty());
  }

  @Test
  void anImpossibleStartDateIsTheLocatorAsWritten() {
    Episode episode = RuleTester.episode(year).start(Optional.empty()).unparsed(Map.of("DECOM", "32/13/2024")).build();
    Child child = RuleTester.child(year).episodes(List.of(episode)).build();
    ValidationReport report = Validator.forYear(year).validate(List.of(child));
    assertThat(report.findings()).filteredOn(f -> f.table().equals("Episodes")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.locator()).contains(new Locator("DECOM", "32/13/2024")));
  }

  @Test
  void aStartDateThatIsNotWrittenLikeADateIsNoLocator() {
    // whatever was typed into DECOM in place of a date is not echoed into the report
    Episode episode = RuleTester.episode(year).start(Optional.empty()).unparsed(Map.of("DECOM", "SEE NOTES ON FILE")).build();
    Child child = RuleTester.child(year).episodes(List.of(episode)).build();
    ValidationReport report = Validator.forYear(year).validate(List.of(child));
    assertThat(report.findings()).filteredOn(f -> f.table().equals("Episodes")).isNotEmpty()
        .allSatisfy(f -> assertThat(f.locator()).isEmpty());
  }
}
