package io.github.cscreturns.validation.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.nio.charset.StandardCharsets;
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
                .locator(new io.github.cscreturns.validation.Locator("DECOM", "01/06/2024"))
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
    assertThat(csv).doesNotContain("C1").doesNotContain("C2").contains("\n103,error,P1,Header,0,,,ETHNIC,")
        .contains("\n148,error,P2,Episodes,4,");
  }

  @Test
  void keyedPseudonymsAreTheSameInEveryReportUnderTheKeyAndDifferUnderAnother() {
    byte[] key = "a secret of thirty-two bytes ...".getBytes(StandardCharsets.UTF_8);
    ChildPseudonyms keyed = ChildPseudonyms.keyed(key);
    String csv = ReportWriter.csv().withPseudonyms(keyed).write(sample());
    String c1 = keyed.keyedPseudonym(ChildId.of("C1"));
    assertThat(c1).matches("[0-9a-f]{20}");
    assertThat(csv).doesNotContain(",C1,").doesNotContain(",C2,").contains("\n103,error," + c1 + ",Header,0,");
    // the same child in a report of other findings (another run) has the same pseudonym
    ValidationReport other = ValidationReport.builder().checked(1)
        .addFindings(finding("101", Severity.ERROR, "C1", "Header", 0, List.of("SEX"), "m")).build();
    assertThat(ReportWriter.text().withPseudonyms(ChildPseudonyms.keyed(key)).write(other)).contains("\nchild " + c1 + "\n");
    assertThat(ChildPseudonyms.keyed("another secret of 32 bytes .....".getBytes(StandardCharsets.UTF_8))
        .keyedPseudonym(ChildId.of("C1"))).isNotEqualTo(c1);
    assertThatThrownBy(() -> ChildPseudonyms.keyed(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 16");
  }

  @Test
  void keyedPseudonymsAreHmacSha256OfTheChildId() {
    byte[] key = new byte[20];
    java.util.Arrays.fill(key, (byte) 0x0b);
    // RFC 4231 test case 1: key 20 bytes of 0x0b, data "Hi There"; its first 20 hex digits
    assertThat(ChildPseudonyms.keyed(key).keyedPseudonym(ChildId.of("Hi There"))).isEqualTo("b0344c61d8db38535ca8");
  }

  @Test
  void jsonHasAStableShapeInTheStyleOfEveryCscJson() {
    String json = ReportWriter.json().write(sample());
    assertThat(json)
        .startsWith("{\n  \"checked\": 3,\n  \"valid\": false,\n  \"errors\": 3,\n  \"queries\": 0,\n  \"stagesRun\": [],\n  \"outcomes\": [\n")
        .contains("    {\n      \"ruleCode\": \"101\",\n      \"outcome\": \"passed\"\n    },\n")
        .contains("      \"ruleCode\": \"231\",\n      \"outcome\": \"skipped\",\n      \"reason\": \"not implemented\"\n")
        .contains("      \"children\": 1,\n      \"findings\": 0,\n      \"firstError\": \"java.lang.IllegalStateException at X.y:3\"\n")
        .contains("      \"ruleCode\": \"148\",\n      \"severity\": \"error\",\n      \"childId\": \"C2\",\n      \"table\": \"Episodes\",\n"
            + "      \"recordIndex\": 4,\n      \"fields\": [\n        \"DEC\",\n        \"REC\"\n      ],\n")
        .contains("      \"source\": {\n        \"file\": \"episodes.csv\",\n        \"line\": 6,\n        \"column\": null,\n        \"elementPath\": null\n      },\n"
            + "      \"locator\": {\n        \"item\": \"DECOM\",\n        \"value\": \"01/06/2024\"\n      }\n")
        .contains("\"message\": \"Quote \\\"this\\\", and\\nthat\"")
        .contains("      \"recordIndex\": null,\n")
        .endsWith("  \"ruleErrors\": [\n    {\n      \"ruleCode\": \"INT32\",\n      \"childId\": \"C2\",\n      \"error\": \"java.lang.IllegalStateException at X.y:3\"\n    }\n  ]\n}\n")
        .doesNotContain("_code").doesNotContain(" : ").doesNotContain("\t");
    assertThat(ReportWriter.json().withChildIds(false).write(sample())).doesNotContain("\"C1\"").contains("\"childId\": \"P1\"");
    assertThat(ReportWriter.json().withFailedOnly(true).write(sample())).doesNotContain("\"passed\"").doesNotContain("\"skipped\"")
        .contains("\"failed\"").contains("\"errored\"");
  }

  @Test
  void jsonOfAnEmptyReportIsWellFormed() {
    String json = ReportWriter.json().write(ValidationReport.builder().checked(0).build());
    assertThat(json).isEqualTo("{\n  \"checked\": 0,\n  \"valid\": true,\n  \"errors\": 0,\n  \"queries\": 0,\n  \"stagesRun\": [],\n"
        + "  \"outcomes\": [],\n  \"findings\": [],\n  \"ruleErrors\": []\n}\n");
  }

  private static final List<RuleSummary> SUMMARIES =
      List.of(new RuleSummary("101", Severity.ERROR, "The child or young person’s reported sex is not valid."), new RuleSummary("231", Severity.QUERY, "We expect…"));

  @Test
  void textListsFailedRulesThenCountsTheOthersThenFindingsPerChildWithOneLocation() {
    String text = ReportWriter.text().withTitle("SSDA903 2024-25").withRules(SUMMARIES).write(sample());
    assertThat(text.lines().toList())
        .containsExactly(
            "SSDA903 2024-25",
            "NOT VALID: 3 children checked, 3 errors, 0 queries; checked by the 4 of 5 rules run; 1 not implemented",
            "",
            "FAILED RULES",
            "RULE   SEVERITY  OUTCOME   FINDINGS  MESSAGE",
            "103    error     failed    1         The ethnicity code is either not valid or has not been entered.",
            "148    error     failed    2         Date episode ceased and reason episode ceased must both be coded, or both left blank.",
            "INT32  -         errored   0         [threw on 1 child: java.lang.IllegalStateException at X.y:3]",
            "1 rule passed and 1 skipped (1 not implemented); --verbose lists every rule.",
            "",
            "FINDINGS BY CHILD",
            "child C1",
            "  103 error Header row 0 [ETHNIC] The ethnicity code is either not valid or has not been entered.",
            "child C2",
            "  148 error Episodes episodes.csv:6 DECOM 01/06/2024 [DEC, REC] Date episode ceased and reason episode ceased must both be coded, or both left blank.",
            "  148 error Episodes [DEC, REC] Quote \"this\", and",
            "that",
            "",
            "RULE ERRORS",
            "  INT32 child C2: java.lang.IllegalStateException at X.y:3");
  }

  @Test
  void verboseListsEveryRuleAndFailedOnlyNoneButTheFailed() {
    String verbose = ReportWriter.text().withRules(SUMMARIES).withVerbose(true).write(sample());
    assertThat(verbose).contains(
        "1 rule passed and 1 skipped (1 not implemented):\n"
            + "RULE   SEVERITY  OUTCOME   FINDINGS  MESSAGE\n"
            + "101    error     passed    0         The child or young person’s reported sex is not valid.\n"
            + "231    query     skipped   0         We expect… [not implemented]\n");
    String failedOnly = ReportWriter.text().withRules(SUMMARIES).withVerbose(true).withFailedOnly(true).write(sample());
    assertThat(failedOnly).contains("FAILED RULES").contains("\n148 ").doesNotContain("passed").doesNotContain("\n101 ").doesNotContain("\n231 ");
  }

  @Test
  void anXmlFindingIsLocatedByLineAndElement() {
    Finding f = Finding.builder().from(finding("103", Severity.ERROR, "C1", "Header", 0, List.of("ETHNIC"), "m"))
        .source(SourceLocation.builder().file("return.xml").line(13).column(5).elementPath("/Children/Child[2]/Header").build()).build();
    assertThat(ReportWriter.location(f)).isEqualTo("Header return.xml:13 /Children/Child[2]/Header");
  }

  @Test
  void textCanMaskChildIds() {
    String text = ReportWriter.text().withChildIds(false).write(sample());
    assertThat(text).doesNotContain("C1").doesNotContain("C2").contains("\nchild P1\n").contains("\nchild P2\n").contains("INT32 child P2:");
  }

  @Test
  void reportsWithPseudonymsLeaveTheRecordsDatesOut() {
    assertThat(ReportWriter.text().write(sample())).contains("01/06/2024");
    assertThat(ReportWriter.json().write(sample())).contains("01/06/2024");
    assertThat(ReportWriter.text().withChildIds(false).write(sample())).doesNotContain("01/06/2024").contains("episodes.csv:6");
    assertThat(ReportWriter.json().withChildIds(false).write(sample())).doesNotContain("01/06/2024").contains("\"locator\": null");
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
