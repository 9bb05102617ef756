package io.github.cscreturns.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.validation.ssda903.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The affected values of findings, read from the children as validated. */
class FindingValuesTest {
  private final CollectionYear year = CollectionYear.Y2024_25;

  /** Two children: the second's second episode ceased without a reason (148), its first with an unknown category of need (CIN). */
  private List<Child> children() {
    Child first = RuleTester.child(year).childId(ChildId.of("C1")).build();
    Episode unknownNeedment =
        RuleTester.episode(year).start(LocalDate.of(2024, 5, 1)).end(LocalDate.of(2024, 6, 1))
            .reasonCeased(io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased.X1)
            .categoryOfNeed(Optional.empty()).unparsed(Map.of("CIN", "N9")).build();
    Episode ceasedWithoutReason =
        RuleTester.episode(year).start(LocalDate.of(2024, 6, 1)).end(LocalDate.of(2024, 9, 1)).reasonCeased(Optional.empty()).build();
    Child second = RuleTester.child(year).childId(ChildId.of("C2")).episodes(List.of(unknownNeedment, ceasedWithoutReason)).build();
    return List.of(first, second);
  }

  @Test
  void aFindingsFieldsHaveTheValuesOfItsRecordTypedOrAsNotParsedOrBlank() {
    List<Child> children = children();
    ValidationReport report = Validator.forYear(year).validate(children);
    FindingValues values = FindingValues.of(report, children);

    Finding rule148 = report.findings().stream().filter(f -> f.ruleCode().equals("148")).findFirst().orElseThrow();
    assertThat(rule148.fields()).containsExactly("DEC", "REC");
    assertThat(values.of(rule148)).containsExactly(
        new ItemValue("DEC", ItemValue.Kind.VALUE, "01/09/2024", Optional.of(LocalDate.of(2024, 9, 1))),
        ItemValue.blank("REC"));

    Finding unknownNeed =
        report.findings().stream().filter(f -> f.table().equals("Episodes") && f.fields().contains("CIN")).findFirst().orElseThrow();
    assertThat(values.of(unknownNeed)).contains(new ItemValue("CIN", ItemValue.Kind.UNPARSED, "N9", Optional.empty()));
  }

  @Test
  void aFieldOfTheHeaderIsLookedUpOnTheChildsHeaderAndADerivedFieldHasNone() {
    Child child = children().get(1);
    Episode episode = child.episodes().get(1);
    assertThat(FindingValues.valuesOf(child, episode, List.of("CHILD", "DOB", "DECOM", "PL_DISTANCE")))
        .extracting(ItemValue::item, ItemValue::text)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("CHILD", "C2"),
            org.assertj.core.groups.Tuple.tuple("DOB", child.dob().map(d -> d.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))).orElse("")),
            org.assertj.core.groups.Tuple.tuple("DECOM", "01/06/2024"));
  }

  @Test
  void aFindingWhoseRecordIsNotAmongTheChildrenHasNoValues() {
    Finding elsewhere =
        Finding.builder().ruleCode("148").severity(Severity.ERROR).message("m").childId(ChildId.of("C9")).table("Episodes")
            .recordIndex(0).fields(List.of("DEC")).build();
    Finding noIndex =
        Finding.builder().ruleCode("148").severity(Severity.ERROR).message("m").childId(ChildId.of("C2")).table("Episodes")
            .fields(List.of("DEC")).build();
    FindingValues values = FindingValues.of(List.of(elsewhere, noIndex), children().iterator());
    assertThat(values.of(elsewhere)).isEmpty();
    assertThat(values.of(noIndex)).isEmpty();
    assertThat(FindingValues.none().of(elsewhere)).isEmpty();
  }

  @Test
  void recordsAreFoundByTheirIndexWithinTheirTableAcrossChildren() {
    // the second child's episodes come after the first child's in the Episodes table
    List<Child> children = children();
    ValidationReport report = Validator.forYear(year).validate(children);
    FindingValues values = FindingValues.of(report, children);
    int checked = 0;
    for (Finding f : report.findings()) {
      if (f.table().equals("Episodes") && f.fields().contains("DEC") && f.childId().orElseThrow().value().equals("C2")) {
        Episode episode = children.get(1).episodes().get(f.recordIndex().getAsInt() - children.get(0).episodes().size());
        assertThat(values.of(f)).filteredOn(v -> v.item().equals("DEC")).extracting(ItemValue::date)
            .containsExactly(episode.end());
        checked++;
      }
    }
    assertThat(checked).isPositive();
  }

  @Test
  void theHtmlReportShowsEachFlaggedFieldsValueOnlyWhenAskedAndNeverBesidePseudonyms() {
    List<Child> children = children();
    ValidationReport report = Validator.forYear(year).validate(children);
    FindingValues values = FindingValues.of(report, children);

    String withValues = ReportWriter.html().withValues(values).write(report);
    assertThat(withValues)
        .contains("data-field=\"DEC\" data-by=\"148:error\">DEC</mark><span class=\"value value\">01/09/2024</span>")
        .contains(">REC</mark><span class=\"value blank\">blank</span>")
        .contains("<span class=\"value unparsed\">N9 (not a valid value)</span>");

    String without = ReportWriter.html().write(report);
    assertThat(without).doesNotContain("class=\"value ").doesNotContain("01/09/2024").doesNotContain("N9");
    assertThat(ReportWriter.html().withValues(values).withChildIds(false).write(report)).doesNotContain("class=\"value ");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReportWriter.html().withChildIds(false).withValues(values))
        .isInstanceOf(IllegalStateException.class);
  }

}
