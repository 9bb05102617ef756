package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.synthetic.ssda903.ValidChildren;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The published fixture {@link ValidChildren} is valid under each year's rules, and a change to it is seen. */
class ValidChildrenTest {

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"})
  void theValidChildHasNoErrorFindingAndABrokenCopyHasOne(CollectionYear year) {
    Child child = ValidChildren.child(year).build();
    ValidationReport report = Validator.forYear(year).validate(List.of(child));
    assertThat(report.findings()).filteredOn(f -> f.severity() == Severity.ERROR).isEmpty();
    assertThat(report.ruleErrors()).isEmpty();

    // Q1 (foster placement to 2013-14) is not a placement type of the year: rule 146 fires
    ImmutableEpisode broken = ValidChildren.episode(year).placement(Placement.builder().type(PlacementType.Q1).build()).build();
    Child changed = ValidChildren.child(year).episodes(List.of(broken)).build();
    assertThat(Validator.forYear(year).validate(List.of(changed)).findings())
        .anySatisfy(f -> assertThat(f.ruleCode()).isEqualTo("146"));
  }
}
