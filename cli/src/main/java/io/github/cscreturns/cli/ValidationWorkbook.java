package io.github.cscreturns.cli;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Locator;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.report.ChildPseudonyms;
import io.github.cscreturns.validation.report.FindingValues;
import io.github.cscreturns.validation.report.ItemValue;
import io.github.cscreturns.validation.report.PrintableText;
import io.github.cscreturns.validation.report.RuleSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The xlsx report of {@code csc validate --format xlsx}, for a data officer working through a
 * return's findings in a spreadsheet. Four sheets:
 *
 * <ul>
 *   <li><b>About</b>: what the workbook is: the return and year, the files validated, when, the
 *       verdict and counts, the rules run, not implemented, skipped and not selected, the stages and
 *       reference data, whether child IDs and values are written.
 *   <li><b>Error summary</b>: a row per rule that failed or errored: rule, severity, outcome,
 *       findings, children, message.
 *   <li><b>Child summary</b>: a row per child with findings: child, errors, queries, findings.
 *   <li><b>Findings</b>: a row per finding (a flagged record): rule, severity, stage, child, table,
 *       file, line, record index, the record's locator (DECOM for episodes, MIS_START for missing
 *       episodes, REVIEW for reviews …, its date as a date), fields, message; and, only where asked,
 *       the affected values of the fields.
 * </ul>
 *
 * <p>Each summary and the findings are an Excel table (filter buttons on, banded rows) under a
 * frozen header row. The personal-data rules of the other formats hold: child IDs are written unless
 * pseudonyms are given; with pseudonyms the locator (a record's dates) is left out; values are
 * written only when asked for, and never with pseudonyms (the caller refuses that). Written with
 * fastexcel, which streams each sheet's rows out as they are written.
 */
final class ValidationWorkbook {
  /** The sheets, in order. */
  static final List<String> SHEETS = List.of("About", "Error summary", "Child summary", "Findings");

  static final List<String> ERROR_SUMMARY_HEADER = List.of("Rule", "Severity", "Outcome", "Findings", "Children", "Message");
  static final List<String> CHILD_SUMMARY_HEADER = List.of("Child", "Errors", "Queries", "Findings");
  static final List<String> FINDINGS_HEADER =
      List.of("Rule", "Severity", "Stage", "Child", "Table", "File", "Line", "Record index", "Locator item", "Locator", "Fields", "Message");
  /** The column added to the findings with values. */
  static final String VALUES_COLUMN = "Affected values";

  private static final DateTimeFormatter DFE_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");
  private static final String DATE_FORMAT = "dd/mm/yyyy";
  private static final String DATE_TIME_FORMAT = "dd/mm/yyyy hh:mm:ss";
  private static final String TABLE_STYLE = "TableStyleMedium2";
  private static final int MAX_WIDTH = 100;
  /** The most findings a sheet holds: Excel's rows, less the header. */
  static final int MAX_FINDINGS_ROWS = Worksheet.MAX_ROWS - 1;
  /** Rows a sheet keeps in memory before they are written out. */
  private static final int FLUSH_EVERY = 1000;

  /**
   * What the About sheet says of the run besides the report's counts.
   *
   * @param title the return and year, such as "SSDA903 2024-25 (bundled sample return)"
   * @param files the input files as named (file names, never paths)
   * @param writtenAt when the workbook was written (local time)
   * @param referenceData the reference data line of the text report
   * @param stages the stages line of the text report
   * @param rulesSelected the rules selected, or empty
   * @param version the csc version
   */
  record About(
      String title, List<String> files, LocalDateTime writtenAt, String referenceData, String stages, Optional<String> rulesSelected,
      String version) {}

  private final About about;
  private final Map<String, RuleSummary> rules;
  private final Optional<ChildPseudonyms> pseudonyms;
  private final Optional<FindingValues> values;

  /**
   * A workbook writer.
   *
   * @param about what the About sheet says of the run
   * @param rules the severity and message of each rule (for a rule that errored without findings)
   * @param pseudonyms pseudonyms in place of child IDs, if any
   * @param values the affected values to write, if asked for (never with pseudonyms)
   */
  ValidationWorkbook(About about, List<RuleSummary> rules, Optional<ChildPseudonyms> pseudonyms, Optional<FindingValues> values) {
    this(about, rules, pseudonyms, values, MAX_FINDINGS_ROWS);
  }

  private final int maxFindingRows;

  /** A workbook writer holding at most {@code maxFindingRows} findings (Excel's limit, or fewer in tests). */
  ValidationWorkbook(
      About about, List<RuleSummary> rules, Optional<ChildPseudonyms> pseudonyms, Optional<FindingValues> values, int maxFindingRows) {
    this.maxFindingRows = maxFindingRows;
    if (pseudonyms.isPresent() && values.isPresent()) {
      throw new IllegalArgumentException("values are not written beside pseudonyms");
    }
    this.about = about;
    Map<String, RuleSummary> byCode = new HashMap<>();
    rules.forEach(r -> byCode.put(r.code(), r));
    this.rules = byCode;
    this.pseudonyms = pseudonyms;
    this.values = values;
  }

  /** Writes the workbook; does not close {@code out}. */
  void write(ValidationReport report, OutputStream out) throws IOException {
    // One pseudonym function for the whole workbook, first applied in report order as the other formats apply it.
    Function<ChildId, String> child = pseudonyms.map(ChildPseudonyms::forReport).orElse(ChildId::value);
    Map<String, int[]> byChild = new LinkedHashMap<>();
    List<String> childOfFinding = new ArrayList<>(report.findings().size());
    for (Finding f : report.findings()) {
      String who = f.childId().map(child).map(PrintableText::of).orElse("");
      childOfFinding.add(who);
      if (!who.isEmpty()) {
        int[] counts = byChild.computeIfAbsent(who, k -> new int[2]);
        counts[f.severity() == Severity.ERROR ? 0 : 1]++;
      }
    }
    Workbook workbook = new Workbook(out, "csc", null);
    workbook.properties().setTitle(about.title() + " validation report");
    // Each sheet is finished before the next begins: a sheet written out in parts holds the zip until then.
    Worksheet what = printable(workbook.newWorksheet(SHEETS.get(0)));
    aboutSheet(what, report);
    what.finish();
    Worksheet errors = printable(workbook.newWorksheet(SHEETS.get(1)));
    errorSummary(errors, report);
    errors.finish();
    Worksheet children = printable(workbook.newWorksheet(SHEETS.get(2)));
    childSummary(children, byChild);
    children.finish();
    Worksheet rows = printable(workbook.newWorksheet(SHEETS.get(3)));
    findings(rows, report, childOfFinding);
    rows.finish();
    workbook.finish();
  }

  /** A sheet printed as a data officer would: landscape, all its columns across one page's width. */
  private static Worksheet printable(Worksheet ws) {
    ws.pageOrientation("landscape");
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) 0);
    return ws;
  }

  // ------------------------------------------------------------------ About

  private void aboutSheet(Worksheet ws, ValidationReport report) throws IOException {
    long notSelected = report.rulesSkipped().values().stream().filter(RuleOutcome.Skipped.NOT_SELECTED::equals).count();
    long missingInput = report.rulesSkipped().size() - notSelected;
    long errored = report.outcomes().values().stream().filter(o -> o instanceof RuleOutcome.Errored).count();
    long failed = report.outcomes().values().stream().filter(o -> o instanceof RuleOutcome.Failed).count();
    int row = 0;
    ws.value(row, 0, "csc validation report");
    ws.style(row, 0).bold().fontSize(14).set();
    row += 2;
    row = fact(ws, row, "Return", about.title());
    row = fact(ws, row, "Files validated", about.files().isEmpty() ? "(none)" : String.join(", ", about.files().stream().map(PrintableText::of).toList()));
    ws.value(row, 0, "Written at");
    ws.value(row, 1, about.writtenAt());
    ws.style(row, 1).format(DATE_TIME_FORMAT).horizontalAlignment("left").set();
    row++;
    row = fact(ws, row, "Written by", "csc " + about.version());
    row++;
    row = fact(ws, row, "Verdict", report.isValid() ? "VALID: no error found" : "NOT VALID");
    row = fact(ws, row, "Children checked", report.checked());
    row = fact(ws, row, "Errors", report.errorCount());
    row = fact(ws, row, "Queries", report.queryCount());
    if (report.findings().size() > maxFindingRows) {
      row = fact(ws, row, "Findings written", "the first " + maxFindingRows + " of " + report.findings().size()
          + " (a sheet's rows in Excel); the summaries count them all, and the CSV report (--format csv) has every one");
    }
    row++;
    row = fact(ws, row, "DfE rules of the year", report.cataloguedRules());
    row = fact(ws, row, "Rules run", report.rulesRun());
    row = fact(ws, row, "Rules failed", failed);
    row = fact(ws, row, "Rules errored (threw)", errored);
    row = fact(ws, row, "Rules not implemented", report.rulesNotImplemented());
    row = fact(ws, row, "Rules skipped for a missing input", missingInput);
    row = fact(ws, row, "Rules not selected", notSelected);
    if (!report.localRules().isEmpty()) {
      row = fact(ws, row, "Local rules", report.localRules().size());
    }
    row++;
    row = fact(ws, row, "Stages", about.stages());
    row = fact(ws, row, "Reference data", about.referenceData());
    if (about.rulesSelected().isPresent()) {
      row = fact(ws, row, "Rules selected", about.rulesSelected().get());
    }
    row = fact(ws, row, "Child IDs",
        pseudonyms.isEmpty() ? "written"
            : pseudonyms.get().isKeyed() ? "pseudonyms (keyed: the same in every report under the key); record dates left out"
            : "pseudonyms P1, P2 … in order of appearance (this workbook only); record dates left out");
    row = fact(ws, row, "Affected values", values.isPresent() ? "written (personal data: keep this workbook as you keep the return)" : "not written (--show-values writes them)");
    row++;
    row = fact(ws, row, "Sheets", "Error summary: a row per rule that failed. Child summary: a row per child with findings. "
        + "Findings: a row per flagged record, with where to find it (file, line, and the date that identifies it).");
    ws.width(0, 34);
    ws.width(1, MAX_WIDTH);
  }

  private static int fact(Worksheet ws, int row, String name, String text) {
    ws.value(row, 0, name);
    ws.style(row, 0).bold().set();
    ws.value(row, 1, text);
    return row + 1;
  }

  private static int fact(Worksheet ws, int row, String name, long number) {
    ws.value(row, 0, name);
    ws.style(row, 0).bold().set();
    ws.value(row, 1, number);
    ws.style(row, 1).horizontalAlignment("left").set();
    return row + 1;
  }

  // ------------------------------------------------------------------ summaries

  private void errorSummary(Worksheet ws, ValidationReport report) throws IOException {
    Map<String, Finding> first = new HashMap<>();
    Map<String, java.util.Set<String>> children = new HashMap<>();
    for (Finding f : report.findings()) {
      first.putIfAbsent(f.ruleCode(), f);
      f.childId().ifPresent(id -> children.computeIfAbsent(f.ruleCode(), k -> new java.util.HashSet<>()).add(id.value()));
    }
    List<Object[]> rows = new ArrayList<>();
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      RuleOutcome o = e.getValue();
      if (!(o instanceof RuleOutcome.Failed || o instanceof RuleOutcome.Errored)) {
        continue;
      }
      String code = e.getKey();
      Optional<RuleSummary> summary = Optional.ofNullable(rules.get(code));
      Optional<Finding> finding = Optional.ofNullable(first.get(code));
      long n = o instanceof RuleOutcome.Failed f ? f.findings() : ((RuleOutcome.Errored) o).findings();
      rows.add(new Object[] {
          code,
          summary.map(RuleSummary::severity).or(() -> finding.map(Finding::severity)).map(Severity::label).orElse(""),
          o.label(),
          n,
          (long) children.getOrDefault(code, java.util.Set.of()).size(),
          summary.map(RuleSummary::message).or(() -> finding.map(Finding::message)).orElse("")});
    }
    table(ws, "ErrorSummary", ERROR_SUMMARY_HEADER, () -> rows.iterator());
  }

  private void childSummary(Worksheet ws, Map<String, int[]> byChild) throws IOException {
    List<String> header = new ArrayList<>(CHILD_SUMMARY_HEADER);
    if (pseudonyms.isPresent()) {
      header.set(0, "Child (pseudonym)");
    }
    table(ws, "ChildSummary", header, () -> byChild.entrySet().stream()
        .map(e -> new Object[] {e.getKey(), (long) e.getValue()[0], (long) e.getValue()[1], (long) (e.getValue()[0] + e.getValue()[1])})
        .iterator());
  }

  // ------------------------------------------------------------------ findings

  private void findings(Worksheet ws, ValidationReport report, List<String> childOfFinding) throws IOException {
    List<String> header = new ArrayList<>(FINDINGS_HEADER);
    if (pseudonyms.isPresent()) {
      header.set(3, "Child (pseudonym)");
    }
    if (values.isPresent()) {
      header.add(VALUES_COLUMN);
    }
    List<Finding> findings = report.findings().subList(0, Math.min(report.findings().size(), maxFindingRows));
    table(ws, "Findings", header, () -> java.util.stream.IntStream.range(0, findings.size())
        .mapToObj(i -> findingRow(findings.get(i), childOfFinding.get(i), header.size()))
        .iterator());
  }

  /** The cells of a finding's row: text, numbers (Long) and dates (LocalDate); null for an empty cell. */
  private Object[] findingRow(Finding f, String child, int columns) {
    Object[] cells = new Object[columns];
    cells[0] = f.ruleCode();
    cells[1] = f.severity().label();
    cells[2] = f.stage().isPresent() ? (Object) (long) f.stage().getAsInt() : null;
    cells[3] = child;
    cells[4] = f.table();
    Optional<SourceLocation> source = f.source();
    if (source.isPresent()) {
      cells[5] = source.get().file().map(PrintableText::of).orElse(null);
      cells[6] = source.get().line().isPresent() ? (Object) (long) source.get().line().getAsInt() : null;
    }
    cells[7] = f.recordIndex().isPresent() ? (Object) (long) f.recordIndex().getAsInt() : null;
    // a record's dates beside a pseudonym could name the child again: left out, as in the other formats
    Optional<Locator> locator = pseudonyms.isPresent() ? Optional.empty() : f.locator();
    if (locator.isPresent()) {
      cells[8] = locator.get().item();
      cells[9] = date(locator.get().value()).map(d -> (Object) d).orElse(PrintableText.of(locator.get().value()));
    }
    cells[10] = String.join(", ", f.fields());
    cells[11] = f.message();
    if (values.isPresent()) {
      cells[12] = describe(values.get().of(f));
    }
    return cells;
  }

  /** "DEC 01/09/2024; REC blank; CIN N9 (not a valid value)". */
  static String describe(List<ItemValue> itemValues) {
    List<String> parts = new ArrayList<>(itemValues.size());
    for (ItemValue v : itemValues) {
      parts.add(switch (v.kind()) {
        case VALUE -> v.item() + " " + PrintableText.of(v.text());
        case UNPARSED -> v.item() + " " + PrintableText.of(v.text()) + " (not a valid value)";
        case BLANK -> v.item() + " blank";
      });
    }
    return String.join("; ", parts);
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text, DFE_DATE));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ------------------------------------------------------------------ tables

  /**
   * Writes the header and rows as an Excel table (filter buttons, banded rows) under a frozen header
   * row. The rows are gone through twice: once to size the columns (the sheet's column widths come
   * before its rows in the file, and the table is made before them), then to write them, a thousand
   * at a time. A table without data
   * keeps one empty row, as Excel itself makes an empty table.
   */
  private static void table(Worksheet ws, String name, List<String> header, java.util.function.Supplier<java.util.Iterator<Object[]>> rows)
      throws IOException {
    int[] widths = new int[header.size()];
    for (int c = 0; c < header.size(); c++) {
      widths[c] = header.get(c).length() + 3; // room for the filter button beside the name
    }
    int count = 0;
    for (java.util.Iterator<Object[]> it = rows.get(); it.hasNext(); count++) {
      Object[] cells = it.next();
      for (int c = 0; c < cells.length; c++) {
        widths[c] = Math.max(widths[c], cells[c] instanceof LocalDate ? 10 : cells[c] == null ? 0 : cells[c].toString().length());
      }
    }
    for (int c = 0; c < header.size(); c++) {
      ws.width(c, Math.min(MAX_WIDTH, widths[c] + 2));
      ws.value(0, c, header.get(c));
    }
    ws.freezePane(0, 1);
    // the table is made before any row is written out: it writes its header cells itself
    ws.range(0, 0, Math.max(count, 1), header.size() - 1).createTable(header.toArray(String[]::new))
        .setName(name).setDisplayName(name).styleInfo().setStyleName(TABLE_STYLE).setShowRowStripes(true);
    int row = 1;
    for (java.util.Iterator<Object[]> it = rows.get(); it.hasNext(); row++) {
      Object[] cells = it.next();
      for (int c = 0; c < cells.length; c++) {
        Object cell = cells[c];
        if (cell instanceof String text) {
          ws.value(row, c, text);
        } else if (cell instanceof Long n) {
          ws.value(row, c, n);
        } else if (cell instanceof LocalDate date) {
          ws.value(row, c, date);
          ws.style(row, c).format(DATE_FORMAT).set();
        }
      }
      if (row % FLUSH_EVERY == 0) {
        ws.flush();
      }
    }
  }
}
