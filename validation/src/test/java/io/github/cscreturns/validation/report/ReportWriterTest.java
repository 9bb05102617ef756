package io.github.cscreturns.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReportWriterTest {
  private static Finding finding(String code, Severity severity, String child, String table, Integer index, List<String> fields, String message) {
    io.github.cscreturns.validation.ImmutableFinding.Builder b =
        Finding.builder().ruleCode(code).severity(severity).childId(ChildId.of(child)).table(table).fields(fields).message(message);
    if (index != null) {
      b.recordIndex(index);
    }
    return b.build();
  }

  static ValidationReport sample() {
    Map<String, RuleOutcome> outcomes = new LinkedHashMap<>();
    outcomes.put("101", new RuleOutcome.Passed());
    outcomes.put("103", new RuleOutcome.Failed(1));
    outcomes.put("148", new RuleOutcome.Failed(2));
    outcomes.put("231", new RuleOutcome.Skipped("not implemented"));
    outcomes.put("INT32", new RuleOutcome.Errored(1, "java.lang.IllegalStateException at X.y:3", 0));
    return ValidationReport.builder()
        .checked(3)
        .outcomes(outcomes)
        .addFindings(
            finding("103", Severity.ERROR, "C1", "Header", 0, List.of("ETHNIC"), "The ethnicity code is either not valid or has not been entered."),
            Finding.builder().from(finding("148", Severity.ERROR, "C2", "Episodes", 4, List.of("DEC", "REC"), "Date episode ceased and reason episode ceased must both be coded, or both left blank."))
                .source(SourceLocation.builder().file("episodes.csv").line(6).recordIndex(4).build())
                .build(),
            finding("148", Severity.ERROR, "C2", "Episodes", null, List.of("DEC", "REC"), "Quote \"this\", and\nthat"))
        .addRuleErrors(new RuleError("INT32", Optional.of(ChildId.of("C2")), 1, "java.lang.IllegalStateException at X.y:3"))
        .build();
  }

  @Test
  void csvHasTheHeaderAndALinePerFindingWithRfc4180Quoting() {
    String csv = ReportWriter.csv().write(sample());
    assertThat(csv)
        .isEqualTo(
            "rule_code,severity,child_id,table,record_index,file,line,fields,message\n"
                + "103,error,C1,Header,0,,,ETHNIC,The ethnicity code is either not valid or has not been entered.\n"
                + "148,error,C2,Episodes,4,episodes.csv,6,DEC;REC,\"Date episode ceased and reason episode ceased must both be coded, or both left blank.\"\n"
                + "148,error,C2,Episodes,,,,DEC;REC,\"Quote \"\"this\"\", and\nthat\"\n");
  }

  @Test
  void csvCanMaskChildIds() {
    String csv = ReportWriter.csv().withChildIds(false).write(sample());
    assertThat(csv).doesNotContain("C1").doesNotContain("C2").contains("\n103,error,,Header,0,,,ETHNIC,");
  }

  @Test
  void jsonHasAStableShape() {
    String json = ReportWriter.json().write(sample());
    assertThat(json)
        .startsWith("{\n  \"checked\": 3,\n  \"valid\": false,\n  \"errors\": 3,\n  \"queries\": 0,\n  \"outcomes\": [\n")
        .contains("    {\"rule_code\": \"101\", \"outcome\": \"passed\"},\n")
        .contains("{\"rule_code\": \"231\", \"outcome\": \"skipped\", \"reason\": \"not implemented\"}")
        .contains("{\"rule_code\": \"INT32\", \"outcome\": \"errored\", \"children\": 1, \"findings\": 0, \"first_error\": \"java.lang.IllegalStateException at X.y:3\"}")
        .contains("{\"rule_code\": \"148\", \"severity\": \"error\", \"child_id\": \"C2\", \"table\": \"Episodes\", \"record_index\": 4, \"fields\": [\"DEC\", \"REC\"], \"message\": \"Date episode ceased and reason episode ceased must both be coded, or both left blank.\", \"source\": {\"file\": \"episodes.csv\", \"line\": 6}}")
        .contains("\"message\": \"Quote \\\"this\\\", and\\nthat\"}")
        .contains("\"rule_errors\": [\n    {\"rule_code\": \"INT32\", \"child_id\": \"C2\", \"error\": \"java.lang.IllegalStateException at X.y:3\"}\n  ]\n}\n");
    assertThat(ReportWriter.json().withChildIds(false).write(sample())).doesNotContain("child_id");
  }

  @Test
  void jsonOfAnEmptyReportIsWellFormed() {
    String json = ReportWriter.json().write(ValidationReport.builder().checked(0).build());
    assertThat(json).isEqualTo("{\n  \"checked\": 0,\n  \"valid\": true,\n  \"errors\": 0,\n  \"queries\": 0,\n  \"outcomes\": [],\n  \"findings\": [],\n  \"rule_errors\": []\n}\n");
  }

  @Test
  void textSummarisesEachRuleThenFindingsPerChild() {
    String text =
        ReportWriter.text()
            .withTitle("SSDA903 2024-25")
            .withRules(List.of(new RuleSummary("101", Severity.ERROR, "The child or young person’s reported sex is not valid."), new RuleSummary("231", Severity.QUERY, "We expect…")))
            .write(sample());
    assertThat(text.lines().toList())
        .startsWith(
            "SSDA903 2024-25",
            "NOT VALID: 3 children checked, 3 errors, 0 queries; checked by the 4 of 5 rules run; 1 not implemented",
            "Rules: 2 failed, 1 errored, 1 passed, 1 skipped (1 not implemented)",
            "",
            "RULE   SEVERITY  OUTCOME   FINDINGS  MESSAGE",
            "101    error     passed    0         The child or young person’s reported sex is not valid.",
            "103    error     failed    1         The ethnicity code is either not valid or has not been entered.")
        .contains(
            "231    query     skipped   0         We expect… [not implemented]",
            "INT32  -         errored   0         [threw on 1 child: java.lang.IllegalStateException at X.y:3]",
            "FINDINGS BY CHILD",
            "child C1",
            "  103 error Header row 0 [ETHNIC] The ethnicity code is either not valid or has not been entered.",
            "child C2",
            "  148 error Episodes row 4 [DEC, REC] Date episode ceased and reason episode ceased must both be coded, or both left blank. (episodes.csv:6)",
            "RULE ERRORS",
            "  INT32 child C2: java.lang.IllegalStateException at X.y:3");
  }

  @Test
  void textCanMaskChildIds() {
    String text = ReportWriter.text().withChildIds(false).write(sample());
    assertThat(text).doesNotContain("C1").doesNotContain("C2").contains("\nchild 1\n").contains("\nchild 2\n").contains("INT32 child 2:");
  }

  @Test
  void identicalReportsGiveIdenticalBytes() {
    for (ReportFormat format : ReportFormat.values()) {
      assertThat(ReportWriter.of(format).write(sample())).isEqualTo(ReportWriter.of(format).write(sample()));
    }
    assertThat(ReportFormat.parse("Json")).contains(ReportFormat.JSON);
    assertThat(ReportFormat.parse("xml")).isEmpty();
  }

  @Test
  void theVerdictSaysHowManyOfTheYearsRulesRanWereSkippedAndAreNotImplemented() {
    ValidationReport report = ValidationReport.builder()
        .checked(2)
        .putOutcomes("101", new io.github.cscreturns.validation.RuleOutcome.Passed())
        .putOutcomes("102", new io.github.cscreturns.validation.RuleOutcome.Passed())
        .putOutcomes("164", new io.github.cscreturns.validation.RuleOutcome.Skipped("needs a postcode directory (reference data)"))
        .putOutcomes("231", new io.github.cscreturns.validation.RuleOutcome.Skipped("not implemented"))
        .putOutcomes("411", new io.github.cscreturns.validation.RuleOutcome.Skipped("not implemented: PL_LOCATION is no longer collected"))
        .putOutcomes("LA01", new io.github.cscreturns.validation.RuleOutcome.Passed())
        .localRules(java.util.Set.of("LA01"))
        .build();
    assertThat(report.cataloguedRules()).isEqualTo(5);
    assertThat(report.rulesRun()).isEqualTo(2);
    assertThat(report.rulesNotImplemented()).isEqualTo(2);
    assertThat(report.rulesSkipped()).containsOnlyKeys("164");
    assertThat(ReportWriter.text().write(report).lines().findFirst().orElseThrow())
        .isEqualTo("VALID: 2 children checked, 0 errors, 0 queries; no errors found by the 2 of 5 rules run; "
            + "2 not implemented, 1 skipped for a missing input, and 1 local rule");
  }
}
