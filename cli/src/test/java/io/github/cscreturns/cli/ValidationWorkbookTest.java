package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code csc validate --format xlsx} on real returns (the bundled sample, and a CSV file set), read
 * back from the file written: its sheets, header rows, counts equal to the report's, frozen headers,
 * filters, dates as dates, values only when asked, and no child ID where they are masked.
 */
class ValidationWorkbookTest {
  /** The CSV report's rows (rule, child, table, record index …) of the same run, for comparison. */
  private static List<String[]> csvRows(String... args) {
    String[] all = Stream.concat(Stream.of(args), Stream.of("--format", "csv")).toArray(String[]::new);
    CscRun r = csc(all);
    assertThat(r.err()).isEmpty();
    return r.out().lines().skip(1).map(l -> l.split(",", -1)).toList();
  }

  private static WorkbookContent workbook(Path dir, String... args) throws IOException {
    Path file = dir.resolve("report-" + Math.abs(String.join(" ", args).hashCode()) + ".xlsx");
    String[] all = Stream.concat(Stream.of(args), Stream.of("--format", "xlsx", "--output", file.toString())).toArray(String[]::new);
    CscRun r = csc(all);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEmpty();
    assertThat(file).isRegularFile();
    return WorkbookContent.read(file);
  }

  @Test
  void theSamplesWorkbookHasFourSheetsAndTheReportsCounts(@TempDir Path dir) throws IOException {
    WorkbookContent book = workbook(dir, "validate", "--child-ids", "--sample");
    List<String[]> csv = csvRows("validate", "--child-ids", "--sample");
    assertThat(book.sheetNames()).containsExactly("About", "Error summary", "Child summary", "Findings");

    WorkbookContent.Sheet findings = book.sheet("Findings");
    assertThat(findings.header())
        .containsExactly("Rule", "Severity", "Stage", "Child", "Table", "File", "Line", "Record index", "Locator item", "Locator", "Fields", "Message");
    assertThat(csv).isNotEmpty();
    assertThat(findings.records()).hasSize(csv.size());
    for (int i = 0; i < csv.size(); i++) {
      Map<String, String> row = findings.records().get(i);
      String[] line = csv.get(i);
      assertThat(List.of(row.get("Rule"), row.get("Severity"), row.get("Child"), row.get("Table"), row.get("Record index"), row.get("File"), row.get("Line")))
          .as("finding %d", i)
          .containsExactly(line[0], line[1], line[2], line[3], line[4], line[5], line[6]);
    }

    Map<String, Long> perRule = csv.stream().collect(Collectors.groupingBy(l -> l[0], LinkedHashMap::new, Collectors.counting()));
    WorkbookContent.Sheet rules = book.sheet("Error summary");
    assertThat(rules.header()).containsExactly("Rule", "Severity", "Outcome", "Findings", "Children", "Message");
    Map<String, Long> summarised = new HashMap<>();
    rules.records().forEach(r -> summarised.put(r.get("Rule"), Long.parseLong(r.get("Findings"))));
    assertThat(summarised).isEqualTo(perRule);

    Map<String, Long> perChild = csv.stream().collect(Collectors.groupingBy(l -> l[2], Collectors.counting()));
    WorkbookContent.Sheet children = book.sheet("Child summary");
    assertThat(children.header()).containsExactly("Child", "Errors", "Queries", "Findings");
    Map<String, Long> counted = new HashMap<>();
    children.records().forEach(r -> {
      counted.put(r.get("Child"), Long.parseLong(r.get("Findings")));
      assertThat(Long.parseLong(r.get("Errors")) + Long.parseLong(r.get("Queries"))).isEqualTo(Long.parseLong(r.get("Findings")));
    });
    assertThat(counted).isEqualTo(perChild);

    WorkbookContent.Sheet about = book.sheet("About");
    Map<String, String> facts = new HashMap<>();
    about.rows().forEach((n, cells) -> {
      if (cells.containsKey(0) && cells.containsKey(1)) {
        facts.put(cells.get(0).text(), cells.get(1).text());
      }
    });
    assertThat(facts).containsEntry("Return", "SSDA903 2024-25 (bundled sample return)")
        .containsEntry("Children checked", "33")
        .containsEntry("Errors", String.valueOf(csv.stream().filter(l -> l[1].equals("error")).count()))
        .containsEntry("Child IDs", "written")
        .containsKeys("Written at", "Rules run", "Rules not implemented", "Rules skipped for a missing input", "Rules not selected");
    assertThat(facts.get("Files validated")).contains("header.csv", "episodes.csv").doesNotContain("/");
    assertThat(about.rows().values().stream().flatMap(m -> m.values().stream()).filter(WorkbookContent.Cell::isDate)).hasSize(1);
  }

  @Test
  void everySheetPrintsLandscapeWithAllItsColumnsAcrossThePage(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("printed.xlsx");
    assertThat(csc("validate", "--sample", "--format", "xlsx", "--output", file.toString()).exitCode()).isZero();
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      List<String> sheets = zip.stream().map(java.util.zip.ZipEntry::getName).filter(n -> n.startsWith("xl/worksheets/sheet")).toList();
      assertThat(sheets).hasSize(4);
      for (String name : sheets) {
        String xml = new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(xml).as(name).contains("fitToPage=\"true\"").contains("orientation=\"landscape\"")
            .contains("fitToWidth=\"1\"").contains("fitToHeight=\"0\"");
      }
    }
  }

  @Test
  void eachSummaryAndTheFindingsAreAFilteredTableUnderAFrozenHeader(@TempDir Path dir) throws IOException {
    WorkbookContent book = workbook(dir, "validate", "--sample");
    for (String name : List.of("Error summary", "Child summary", "Findings")) {
      WorkbookContent.Sheet sheet = book.sheet(name);
      assertThat(sheet.frozenRows()).as(name).isEqualTo(1);
      assertThat(sheet.tables()).as(name).hasSize(1);
      WorkbookContent.Table table = sheet.tables().get(0);
      assertThat(table.autoFilter()).as(name).contains(table.ref());
      assertThat(table.ref()).startsWith("A1:").endsWith(String.valueOf(sheet.records().size() + 1));
    }
  }

  @Test
  void aCsvFileSetsLocatorsAreDatesAndValuesAreWrittenOnlyWhenAsked(@TempDir Path dir) throws IOException {
    Path set = Files.createDirectories(dir.resolve("return"));
    Sample.extractTo(set);
    // SMP022's second missing episode ends before it starts (567)
    Path missing = set.resolve("missing.csv");
    Files.writeString(missing, Files.readString(missing).replace("SMP022,05/04/2014,A,03/01/2025,03/01/2025", "SMP022,05/04/2014,A,03/01/2025,01/01/2025"));

    WorkbookContent without = workbook(dir, "validate", "--child-ids", "--year", "2024-25", "--no-postcodes", set.toString());
    WorkbookContent.Sheet findings = without.sheet("Findings");
    int row = 1 + indexOf(findings, "567");
    Map<String, String> rule567 = findings.records().get(row - 1);
    assertThat(rule567).containsEntry("Child", "SMP022").containsEntry("Table", "Missing").containsEntry("File", "missing.csv")
        .containsEntry("Line", "3").containsEntry("Locator item", "MIS_START").containsEntry("Fields", "MIS_START, MIS_END");
    WorkbookContent.Cell locator = findings.cell(row, 9).orElseThrow();
    assertThat(locator.isDate()).isTrue();
    assertThat(locator.text()).isEqualTo("45660.0"); // 3 January 2025 as Excel counts days
    assertThat(findings.header()).doesNotContain(ValidationWorkbook.VALUES_COLUMN);
    assertThat(without.allText()).doesNotContain("01/01/2025").doesNotContain("WXYZ").doesNotContain("PN9");

    WorkbookContent with = workbook(dir, "validate", "--child-ids", "--year", "2024-25", "--no-postcodes", "--show-values", set.toString());
    WorkbookContent.Sheet shown = with.sheet("Findings");
    assertThat(shown.header()).endsWith(ValidationWorkbook.VALUES_COLUMN);
    assertThat(shown.records().get(indexOf(shown, "567"))).containsEntry(ValidationWorkbook.VALUES_COLUMN, "MIS_START 03/01/2025; MIS_END 01/01/2025");
    assertThat(shown.records().get(indexOf(shown, "103"))).containsEntry(ValidationWorkbook.VALUES_COLUMN, "ETHNIC WXYZ (not a valid value)");
    assertThat(shown.records()).hasSameSizeAs(findings.records());
  }

  private static int indexOf(WorkbookContent.Sheet findings, String rule) {
    List<Map<String, String>> records = findings.records();
    for (int i = 0; i < records.size(); i++) {
      if (records.get(i).get("Rule").equals(rule)) {
        return i;
      }
    }
    throw new AssertionError("no finding of " + rule);
  }

  @Test
  void maskedOrPseudonymisedChildIdsAndTheirRecordsDatesAreNowhereInTheWorkbook(@TempDir Path dir) throws IOException {
    List<String> ids = csvRows("validate", "--sample", "--child-ids").stream().map(l -> l[2]).distinct().toList();
    Path key = dir.resolve("key");
    Files.write(key, "a secret of more than sixteen bytes".getBytes(StandardCharsets.UTF_8));
    for (List<String> masking : List.of(List.<String>of(), List.of("--mask-child-ids"), List.of("--pseudonymise-key-file", key.toString()))) {
      String[] args = Stream.concat(Stream.of("validate", "--sample"), masking.stream()).toArray(String[]::new);
      WorkbookContent book = workbook(dir, args);
      for (String id : ids) {
        assertThat(book.allText()).as("%s under %s", id, masking).doesNotContain(id);
      }
      WorkbookContent.Sheet findings = book.sheet("Findings");
      assertThat(findings.header()).contains("Child (pseudonym)");
      assertThat(book.sheet("Child summary").header()).startsWith("Child (pseudonym)");
      assertThat(findings.records()).isNotEmpty().allSatisfy(r -> {
        assertThat(r.get("Child (pseudonym)")).isNotEmpty();
        assertThat(r.get("Locator item")).isEmpty();
        assertThat(r.get("Locator")).isEmpty();
      });
    }
  }

  @Test
  void valuesAreNeverWrittenBesidePseudonymsNorInTheOtherFormats() {
    CscRun masked = csc("validate", "--sample", "--format", "xlsx", "--show-values", "--mask-child-ids", "--output", "never.xlsx");
    assertThat(masked.exitCode()).isEqualTo(2);
    assertThat(masked.err()).startsWith("--show-values needs --child-ids: ");
    // not by default either: without --child-ids every report has pseudonyms
    CscRun unasked = csc("validate", "--sample", "--format", "xlsx", "--show-values", "--output", "never.xlsx");
    assertThat(unasked.exitCode()).isEqualTo(2);
    assertThat(unasked.err()).startsWith("--show-values needs --child-ids: ");
    CscRun csv = csc("validate", "--sample", "--format", "csv", "--show-values");
    assertThat(csv.exitCode()).isEqualTo(2);
    assertThat(csv.out()).isEmpty();
    assertThat(Path.of("never.xlsx")).doesNotExist();
  }

  @Test
  void theHtmlPageShowsTheAffectedValuesWhenAskedAndOnlyThen() {
    CscRun plain = csc("validate", "--child-ids", "--sample", "--format", "html");
    CscRun shown = csc("validate", "--child-ids", "--sample", "--format", "html", "--show-values");
    assertThat(plain.exitCode()).isZero();
    assertThat(shown.exitCode()).isZero();
    assertThat(plain.out()).contains("<mark class=\"flagged").doesNotContain("<span class=\"value ");
    assertThat(shown.out()).contains("<span class=\"value ");
    CscRun masked = csc("validate", "--sample", "--format", "html", "--show-values", "--mask-child-ids");
    assertThat(masked.exitCode()).isEqualTo(2);
    assertThat(masked.out()).isEmpty();
  }

  @Test
  void anXmlReturnOnStandardInputHasTheSameValuesAsTheFileItCameFrom(@TempDir Path dir) throws IOException {
    Path set = Files.createDirectories(dir.resolve("return"));
    Sample.extractTo(set);
    Path xml = dir.resolve("return.xml");
    assertThat(csc("convert", set.toString(), "--to", "xml", "--year", "2024-25", "--output", xml.toString()).exitCode()).isZero();
    WorkbookContent fromFile = workbook(dir, "validate", "--child-ids", "--year", "2024-25", "--no-postcodes", "--show-values", xml.toString());

    Path piped = dir.resolve("piped.xlsx");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code;
    try (java.io.InputStream stdin = Files.newInputStream(xml)) {
      code = Csc.run(new Environment(stdin, Map.<String, String>of()::get), ReturnSource.DEFAULT, new PrintWriter(out), new PrintWriter(err),
          "validate", "--child-ids", "--year", "2024-25", "--no-postcodes", "--show-values", "--format", "xlsx", "--output", piped.toString(), "-");
    }
    assertThat(err.toString()).isEmpty();
    assertThat(code).isEqualTo(1);
    List<String> values = WorkbookContent.read(piped).sheet("Findings").records().stream().map(r -> r.get(ValidationWorkbook.VALUES_COLUMN)).toList();
    assertThat(values).isNotEmpty().contains("ETHNIC WXYZ (not a valid value)")
        .isEqualTo(fromFile.sheet("Findings").records().stream().map(r -> r.get(ValidationWorkbook.VALUES_COLUMN)).toList());
  }

  @Test
  void aCleanReturnsTablesHaveTheirHeaderAndOneEmptyRow(@TempDir Path dir) throws IOException {
    Path clean = dir.resolve("clean");
    assertThat(csc("generate", "--year", "2024-25", "--children", "5", "--seed", "3", "--format", "csv", "--output", clean.toString()).exitCode()).isZero();
    WorkbookContent book = workbook(dir, "validate", "--year", "2024-25", "--no-postcodes", clean.toString());
    for (String name : List.of("Error summary", "Child summary", "Findings")) {
      WorkbookContent.Sheet sheet = book.sheet(name);
      assertThat(sheet.records()).as(name).isEmpty();
      assertThat(sheet.header()).as(name).isNotEmpty();
      assertThat(sheet.tables().get(0).ref()).as(name).endsWith("2");
    }
  }

  /** A report of {@code n} findings of rule 103, one per child, and a workbook of at most {@code max} of them. */
  private static WorkbookContent written(Path dir, int n, int max) throws IOException {
    List<io.github.cscreturns.validation.Finding> findings = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      findings.add(io.github.cscreturns.validation.Finding.builder().ruleCode("103").severity(io.github.cscreturns.validation.Severity.ERROR)
          .message("The ethnicity code is either not valid or has not been entered.").childId(io.github.cscreturns.core.ChildId.of("C" + i))
          .table("Header").recordIndex(i).fields(List.of("ETHNIC")).build());
    }
    io.github.cscreturns.validation.ValidationReport report = io.github.cscreturns.validation.ValidationReport.builder()
        .checked(n).putOutcomes("103", new io.github.cscreturns.validation.RuleOutcome.Failed(n)).addAllFindings(findings).build();
    ValidationWorkbook.About about = new ValidationWorkbook.About(
        "SSDA903 2024-25", List.of("header.csv"), java.time.LocalDateTime.of(2025, 4, 1, 9, 30), "none", "Stages run: 1 and 2", java.util.Optional.empty(), "test");
    Path file = dir.resolve("findings-" + n + "-" + max + ".xlsx");
    try (java.io.OutputStream out = Files.newOutputStream(file)) {
      new ValidationWorkbook(about, List.of(), java.util.Optional.empty(), java.util.Optional.empty(), max).write(report, out);
    }
    return WorkbookContent.read(file);
  }

  @Test
  void findingsBeyondASheetsRowsAreCountedButNotWritten(@TempDir Path dir) throws IOException {
    WorkbookContent book = written(dir, 5, 3);
    assertThat(book.sheet("Findings").records()).hasSize(3);
    assertThat(book.sheet("Error summary").records()).singleElement().satisfies(r -> assertThat(r).containsEntry("Findings", "5"));
    assertThat(book.sheet("Child summary").records()).hasSize(5);
    assertThat(book.allText()).contains("the first 3 of 5");
  }

  @Test
  void manyFindingsAreWrittenInPartsUnderTheSameHeaderAndWidths(@TempDir Path dir) throws IOException {
    WorkbookContent book = written(dir, 4500, ValidationWorkbook.MAX_FINDINGS_ROWS);
    WorkbookContent.Sheet findings = book.sheet("Findings");
    assertThat(findings.records()).hasSize(4500);
    assertThat(findings.records().get(4499)).containsEntry("Child", "C4499").containsEntry("Record index", "4499");
    assertThat(findings.frozenRows()).isEqualTo(1);
    assertThat(findings.tables().get(0).ref()).isEqualTo("A1:L4501");
    assertThat(book.sheet("Child summary").records()).hasSize(4500);
  }

  @Test
  void aWorkbookIsNotWrittenToStandardOutput() {
    for (List<String> output : List.of(List.<String>of(), List.of("--output", "-"))) {
      String[] args = Stream.concat(Stream.of("validate", "--sample", "--format", "xlsx"), output.stream()).toArray(String[]::new);
      CscRun r = csc(args);
      assertThat(r.exitCode()).isEqualTo(2);
      assertThat(r.out()).isEmpty();
      assertThat(r.err()).contains("give --output FILE.xlsx");
    }
  }

  @Test
  void theWorkbookReplacesAnEarlierOneWholeAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("report.xlsx");
    Files.writeString(file, "an earlier report");
    assertThat(csc("validate", "--sample", "--format", "xlsx", "--output", file.toString()).exitCode()).isZero();
    assertThat(WorkbookContent.read(file).sheetNames()).hasSize(4);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
    }
    // an output that cannot be written (its folder is a file) leaves nothing and says so
    Path blocked = file.resolve("inside.xlsx");
    CscRun r = csc("validate", "--sample", "--format", "xlsx", "--output", blocked.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("was not written");
    assertThat(WorkbookContent.read(file).sheetNames()).hasSize(4);
  }

  @Test
  void theHelpSaysWhatTheWorkbookHoldsAndThatValuesArePersonalData() {
    CscRun r = csc("validate", "--help");
    String help = r.out().replaceAll("\\s+", " ");
    assertThat(help).contains("--format xlsx writes a workbook").contains("--show-values")
        .contains("Personal data: off by default").contains("csv, json, html (").contains("or xlsx (a workbook");
  }
}
