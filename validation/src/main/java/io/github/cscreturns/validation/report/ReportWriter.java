package io.github.cscreturns.validation.report;

import io.github.cscreturns.codesets.internal.csv.CsvCells;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes a {@link ValidationReport} as text, CSV, JSON or HTML. Immutable; the {@code with…} methods give
 * a configured copy. Output depends on the report alone (no clock, locale or hash order), so identical
 * reports give byte-identical output. Lines end with {@code \n}.
 *
 * <ul>
 *   <li><b>CSV</b>: the header {@code rule_code,severity,child_id,table,record_index,file,line,fields,message},
 *       then one line per finding (a flagged record) in the report's order. {@code record_index} is
 *       the record's 0-based position within its table as read: for a CSV file set its data row in
 *       its own file (the line number minus 2 for one-line rows), for XML its position among the
 *       elements of its table in the file. {@code file} and {@code line} say where to open the input
 *       at the record (file name only, never a path; for XML the line of the record's element). Each
 *       is blank where unknown. Fields joined with {@code ;}; RFC 4180 quoting (a cell holding a
 *       comma, quote or line break is quoted, quotes doubled).
 *   <li><b>JSON</b>: one object — {@code checked}, {@code valid}, {@code errors}, {@code queries},
 *       {@code stagesRun}, {@code outcomes} (per rule, in rule code order), {@code findings},
 *       {@code ruleErrors} — keys in that fixed order. The style of every JSON csc writes: camelCase
 *       keys, two-space indentation, {@code "key": value}, every member and array element on a line of
 *       its own, {@code []} and {@code {}} when empty, {@code null} for what is not known, control
 *       characters escaped. Hand-written, no JSON library.
 *   <li><b>Text</b>: the verdict, the rules that failed or errored (a line each), one line counting
 *       the others (every rule with {@link #withVerbose(boolean) withVerbose(true)}), then the
 *       findings grouped by child, each with one location (file:line for CSV, line and element path
 *       for XML, else table and row) and the record's {@link io.github.cscreturns.validation.Locator
 *       locator}. Text from the input is escaped ({@link PrintableText}).
 *   <li><b>HTML</b>: one self-contained page for a person, opened in any browser without a network:
 *       the verdict and the rules that failed, the children with findings, filters by rule, by
 *       severity and to hide children without errors, and per child its flagged records (table,
 *       position, file and line, locator) with the flagged fields marked. Its style and script are
 *       inline, allowed by hash in a strict Content-Security-Policy; it names no URL. Every text from
 *       the input is made printable and HTML-escaped.
 * </ul>
 *
 * <p>Child IDs are written by default in every format: the caller who asks for a report of a return
 * asks for its children to be named. {@link #withPseudonyms(ChildPseudonyms)} writes a pseudonym
 * instead (keyed, the same in every report under the key, or numbered in order of appearance), in
 * every place a child ID would go. Apart from the locator (a record's start date) no field value is
 * ever written, and a report with pseudonyms leaves the locator out too: a child's dates beside a
 * pseudonym could name the child again, and the file and line still lead to the record.
 */
public final class ReportWriter {
  /** The CSV header, as the DfE-style CSV report has it. */
  public static final String CSV_HEADER = "rule_code,severity,child_id,table,record_index,file,line,fields,message";

  private final ReportFormat format;
  private final Optional<ChildPseudonyms> pseudonyms;
  private final Map<String, RuleSummary> rules;
  private final Optional<String> title;
  private final boolean verbose;
  private final boolean failedOnly;
  private final Optional<FindingValues> values;

  private ReportWriter(
      ReportFormat format, Optional<ChildPseudonyms> pseudonyms, Map<String, RuleSummary> rules, Optional<String> title,
      boolean verbose, boolean failedOnly) {
    this(format, pseudonyms, rules, title, verbose, failedOnly, Optional.empty());
  }

  private ReportWriter(
      ReportFormat format, Optional<ChildPseudonyms> pseudonyms, Map<String, RuleSummary> rules, Optional<String> title,
      boolean verbose, boolean failedOnly, Optional<FindingValues> values) {
    this.format = format;
    this.pseudonyms = pseudonyms;
    this.rules = rules;
    this.title = title;
    this.verbose = verbose;
    this.failedOnly = failedOnly;
    this.values = values;
  }

  /**
   * A writer of the format, with child IDs.
   *
   * @param format the format
   * @return a writer of the format, with child IDs
   */
  public static ReportWriter of(ReportFormat format) {
    return new ReportWriter(format, Optional.empty(), Map.of(), Optional.empty(), false, false);
  }

  /**
   * A writer of the text report.
   *
   * @return a writer of the text report
   */
  public static ReportWriter text() {
    return of(ReportFormat.TEXT);
  }

  /**
   * A writer of the CSV report: one row per finding.
   *
   * @return the writer
   */
  public static ReportWriter csv() {
    return of(ReportFormat.CSV);
  }

  /**
   * A writer of the JSON report.
   *
   * @return a writer of the JSON report
   */
  public static ReportWriter json() {
    return of(ReportFormat.JSON);
  }

  /**
   * A writer of the HTML report: one self-contained page.
   *
   * @return a writer of the HTML report
   */
  public static ReportWriter html() {
    return of(ReportFormat.HTML);
  }

  /**
   * The format this writer writes.
   *
   * @return the format
   */
  public ReportFormat format() {
    return format;
  }

  /**
   * Whether child IDs are written (true by default); false writes pseudonyms numbered in order of
   * appearance instead ({@link ChildPseudonyms#inOrder()}).
   *
   * @param include whether to write child IDs
   * @return a writer like this one that writes child IDs or not
   */
  public ReportWriter withChildIds(boolean include) {
    return new ReportWriter(format, include ? Optional.empty() : Optional.of(ChildPseudonyms.inOrder()), rules, title, verbose, failedOnly, include ? values : Optional.empty());
  }

  /**
   * Pseudonyms in place of child IDs, wherever a child ID would be written.
   *
   * @param childPseudonyms the child pseudonyms
   * @return pseudonyms in place of child IDs, wherever a child ID would be written
   */
  public ReportWriter withPseudonyms(ChildPseudonyms childPseudonyms) {
    // values are never written beside pseudonyms
    return new ReportWriter(format, Optional.of(childPseudonyms), rules, title, verbose, failedOnly, Optional.empty());
  }

  /**
   * The severity and message of every rule, so that the text report can describe rules without
   * findings (passed, skipped). Without them those lines show only code and outcome.
   *
   * @param summaries the summaries
   * @return the severity and message of every rule, so that the text report can describe rules
   *     without findings (passed, skipped)
   */
  public ReportWriter withRules(Collection<RuleSummary> summaries) {
    Map<String, RuleSummary> map = new HashMap<>();
    summaries.forEach(s -> map.put(s.code(), s));
    return new ReportWriter(format, pseudonyms, Map.copyOf(map), title, verbose, failedOnly, values);
  }

  /**
   * A first line for the text report, such as "SSDA903 2024-25" (the HTML report's heading; its
   * further lines are written under the heading).
   *
   * @param text the text as written
   * @return a first line for the text report, such as "SSDA903 2024-25"
   */
  public ReportWriter withTitle(String text) {
    return new ReportWriter(format, pseudonyms, rules, Optional.of(text), verbose, failedOnly, values);
  }

  /**
   * Whether the text report lists every rule (those that passed or were skipped too), not only a count of them.
   *
   * @param everyRule the every rule
   * @return whether the text report lists every rule (those that passed or were skipped too), not
   *     only a count of them
   */
  public ReportWriter withVerbose(boolean everyRule) {
    return new ReportWriter(format, pseudonyms, rules, title, everyRule, failedOnly, values);
  }

  /**
   * Whether only the rules that failed or errored are written: the text report drops the count of the
   * others (and the verbose table of them), the JSON report's {@code outcomes} hold only those rules.
   * Findings are unchanged (they are all of failed rules).
   *
   * @param onlyFailed the only failed
   * @return whether only the rules that failed or errored are written
   */
  public ReportWriter withFailedOnly(boolean onlyFailed) {
    return new ReportWriter(format, pseudonyms, rules, title, verbose, onlyFailed, values);
  }
  /**
   * The same writer, writing beside each flagged field of the HTML report the value it held in the
   * record, as validated. Values are personal data (dates of birth, postcodes, IDs): ask for them only
   * where the reader may see them. The text, CSV and JSON reports write no values, with or without
   * this; values are never written beside pseudonyms (a child's dates could name the child again).
   *
   * @param findingValues the affected values of the report's findings ({@link FindingValues#of})
   * @return the same writer, showing the affected values in the HTML report
   * @throws IllegalStateException if the writer writes pseudonyms
   */
  public ReportWriter withValues(FindingValues findingValues) {
    if (pseudonyms.isPresent()) {
      throw new IllegalStateException("A report with pseudonyms shows no values");
    }
    return new ReportWriter(format, pseudonyms, rules, title, verbose, failedOnly, Optional.of(findingValues));
  }


  /**
   * The report as a string.
   *
   * @param report the report
   * @return the report as a string
   */
  public String write(ValidationReport report) {
    StringWriter out = new StringWriter();
    try {
      write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not throw
    }
    return out.toString();
  }

  /**
   * Writes the report; does not close the writer.
   *
   * @param report the report
   * @param out the output
   * @throws IOException if the input or output cannot be read or written
   */
  public void write(ValidationReport report, Writer out) throws IOException {
    Function<ChildId, String> child = pseudonyms.map(ChildPseudonyms::forReport).orElse(ChildId::value);
    switch (format) {
      case TEXT -> writeText(report, out, child);
      case CSV -> writeCsv(report, out, child);
      case JSON -> writeJson(report, out, child);
      case HTML -> new HtmlReport(rules, title, verbose, failedOnly, child, this::locatorOf, values).write(report, out);
    }
    out.flush();
  }

  private static boolean isFailure(RuleOutcome o) {
    return o instanceof RuleOutcome.Failed || o instanceof RuleOutcome.Errored;
  }

  // ------------------------------------------------------------------ CSV

  private void writeCsv(ValidationReport report, Writer out, Function<ChildId, String> child) throws IOException {
    out.write(CSV_HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(160);
    for (Finding f : report.findings()) {
      line.setLength(0);
      line.append(CsvCells.cell(f.ruleCode())).append(',')
          .append(f.severity().label()).append(',')
          .append(CsvCells.cell(f.childId().map(child).orElse(""))).append(',')
          .append(CsvCells.cell(f.table())).append(',')
          .append(f.recordIndex().isPresent() ? Integer.toString(f.recordIndex().getAsInt()) : "").append(',')
          .append(CsvCells.cell(f.source().flatMap(SourceLocation::file).orElse(""))).append(',')
          .append(f.source().isPresent() && f.source().get().line().isPresent() ? Integer.toString(f.source().get().line().getAsInt()) : "").append(',')
          .append(CsvCells.cell(String.join(";", f.fields()))).append(',')
          .append(CsvCells.cell(f.message()))
          .append('\n');
      out.write(line.toString());
    }
  }

  // ------------------------------------------------------------------ JSON

  private void writeJson(ValidationReport report, Writer out, Function<ChildId, String> child) throws IOException {
    Json j = new Json(out);
    j.begin('{');
    j.field("checked").number(report.checked());
    j.field("valid").raw(Boolean.toString(report.isValid()));
    j.field("errors").number(report.errorCount());
    j.field("queries").number(report.queryCount());
    j.field("stagesRun").begin('[');
    for (int stage : report.stagesRun()) {
      j.item().number(stage);
    }
    j.end(']');
    j.field("outcomes").begin('[');
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      RuleOutcome o = e.getValue();
      if (failedOnly && !isFailure(o)) {
        continue;
      }
      j.item().begin('{');
      j.field("ruleCode").string(e.getKey());
      j.field("outcome").string(o.label());
      if (o instanceof RuleOutcome.Failed failed) {
        j.field("findings").number(failed.findings());
      } else if (o instanceof RuleOutcome.Skipped skipped) {
        j.field("reason").string(skipped.reason());
      } else if (o instanceof RuleOutcome.Errored errored) {
        j.field("children").number(errored.children());
        j.field("findings").number(errored.findings());
        j.field("firstError").string(errored.firstError());
      }
      j.end('}');
    }
    j.end(']');
    j.field("findings").begin('[');
    for (Finding f : report.findings()) {
      j.item().begin('{');
      j.field("ruleCode").string(f.ruleCode());
      j.field("severity").string(f.severity().label());
      j.field("childId").stringOrNull(f.childId().map(child));
      j.field("table").string(f.table());
      j.field("recordIndex");
      if (f.recordIndex().isPresent()) {
        j.number(f.recordIndex().getAsInt());
      } else {
        j.raw("null");
      }
      j.field("fields").begin('[');
      for (String field : f.fields()) {
        j.item().string(field);
      }
      j.end(']');
      j.field("message").string(f.message());
      j.field("source");
      if (f.source().isPresent()) {
        SourceLocation s = f.source().get();
        j.begin('{');
        j.field("file").stringOrNull(s.file());
        j.field("line").numberOrNull(s.line());
        j.field("column").numberOrNull(s.column());
        j.field("elementPath").stringOrNull(s.elementPath());
        j.end('}');
      } else {
        j.raw("null");
      }
      j.field("locator");
      if (locatorOf(f).isPresent()) {
        j.begin('{');
        j.field("item").string(f.locator().get().item());
        j.field("value").string(f.locator().get().value());
        j.end('}');
      } else {
        j.raw("null");
      }
      j.end('}');
    }
    j.end(']');
    j.field("ruleErrors").begin('[');
    for (RuleError e : report.ruleErrors()) {
      j.item().begin('{');
      j.field("ruleCode").string(e.ruleCode());
      j.field("childId").stringOrNull(e.childId().map(child));
      j.field("error").string(e.error());
      j.end('}');
    }
    j.end(']');
    j.end('}');
    j.newline();
    j.flush();
  }

  /**
   * A streaming writer of the JSON style described in the class comment: two-space indentation,
   * {@code "key": value}, one member or element a line, {@code []} and {@code {}} when empty.
   */
  private static final class Json {
    private final Writer out;
    private final StringBuilder b = new StringBuilder(8192);
    /** Per open container: whether nothing has been written in it yet. */
    private final java.util.ArrayDeque<boolean[]> open = new java.util.ArrayDeque<>();

    Json(Writer out) {
      this.out = out;
    }

    Json begin(char bracket) {
      b.append(bracket);
      open.push(new boolean[] {true});
      return this;
    }

    Json end(char bracket) throws IOException {
      boolean[] empty = open.pop();
      if (!empty[0]) {
        newline();
      }
      b.append(bracket);
      if (b.length() > 8000) {
        flush();
      }
      return this;
    }

    /** Starts a member of the current object: its key, then a value follows. */
    Json field(String key) {
      item();
      b.append(jsonString(key)).append(": ");
      return this;
    }

    /** Starts an element of the current array. */
    Json item() {
      boolean[] empty = open.peek();
      if (empty != null) {
        if (!empty[0]) {
          b.append(',');
        }
        empty[0] = false;
      }
      newline();
      return this;
    }

    void newline() {
      b.append('\n');
      for (int i = 0; i < open.size(); i++) {
        b.append("  ");
      }
    }

    Json string(String text) {
      b.append(jsonString(text));
      return this;
    }

    Json stringOrNull(Optional<String> text) {
      return raw(text.map(ReportWriter::jsonString).orElse("null"));
    }

    Json number(long n) {
      b.append(n);
      return this;
    }

    Json numberOrNull(java.util.OptionalInt n) {
      return raw(n.isPresent() ? Integer.toString(n.getAsInt()) : "null");
    }

    Json raw(String text) {
      b.append(text);
      return this;
    }

    void flush() throws IOException {
      out.write(b.toString());
      b.setLength(0);
    }
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped (as Jackson escapes them). */
  static String jsonString(String text) {
    StringBuilder b = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        case '\b' -> b.append("\\b");
        case '\f' -> b.append("\\f");
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // ------------------------------------------------------------------ text

  private void writeText(ValidationReport report, Writer out, Function<ChildId, String> child) throws IOException {
    StringBuilder b = new StringBuilder();
    title.ifPresent(t -> b.append(t).append('\n'));
    b.append(verdict(report));
    b.append('\n');

    Map<String, Finding> firstFinding = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      firstFinding.putIfAbsent(f.ruleCode(), f);
    }
    int width = 4;
    for (String code : report.outcomes().keySet()) {
      width = Math.max(width, code.length());
    }
    Map<String, RuleOutcome> failures = new LinkedHashMap<>();
    Map<String, RuleOutcome> others = new LinkedHashMap<>();
    int passed = 0;
    int skipped = 0;
    Map<String, Integer> skipReasons = new TreeMap<>();
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      RuleOutcome o = e.getValue();
      if (isFailure(o)) {
        failures.put(e.getKey(), o);
        continue;
      }
      others.put(e.getKey(), o);
      if (o instanceof RuleOutcome.Skipped s) {
        skipped++;
        skipReasons.merge(s.isNotImplemented() ? RuleOutcome.Skipped.NOT_IMPLEMENTED : s.reason(), 1, Integer::sum);
      } else {
        passed++;
      }
    }
    b.append('\n');
    if (failures.isEmpty()) {
      b.append("No rule failed.\n");
    } else {
      b.append("FAILED RULES\n");
      ruleTable(b, failures, firstFinding, width);
    }
    if (!failedOnly) {
      b.append(passed == 1 ? "1 rule passed" : passed + " rules passed").append(" and ").append(skipped).append(" skipped");
      if (!skipReasons.isEmpty()) {
        List<String> reasons = new ArrayList<>();
        skipReasons.forEach((reason, n) -> reasons.add(n + " " + reason));
        b.append(" (").append(String.join("; ", reasons)).append(')');
      }
      b.append(verbose ? ":\n" : "; --verbose lists every rule.\n");
      if (verbose && !others.isEmpty()) {
        ruleTable(b, others, firstFinding, width);
      }
    }
    out.write(b.toString());
    b.setLength(0);

    // Findings grouped by child, in report order (children in input order).
    if (!report.findings().isEmpty()) {
      b.append("\nFINDINGS BY CHILD\n");
    }
    String current = null;
    for (Finding f : report.findings()) {
      String who = childLabel(f.childId(), child);
      if (!who.equals(current)) {
        b.append(who).append('\n');
        current = who;
      }
      b.append("  ").append(f.ruleCode()).append(' ').append(f.severity().label()).append(' ').append(location(f));
      locatorOf(f).ifPresent(l -> b.append(' ').append(PrintableText.of(l.describe())));
      b.append(" [").append(String.join(", ", f.fields())).append("] ").append(f.message()).append('\n');
      if (b.length() > 8192) {
        out.write(b.toString());
        b.setLength(0);
      }
    }
    if (!report.ruleErrors().isEmpty()) {
      b.append("\nRULE ERRORS\n");
      for (RuleError e : report.ruleErrors()) {
        b.append("  ").append(e.ruleCode()).append(' ')
            .append(e.childId().isPresent() ? childLabel(e.childId(), child) : "whole return")
            .append(": ").append(PrintableText.of(e.error())).append('\n');
      }
    }
    out.write(b.toString());
  }

  /**
   * The verdict line of the text and HTML reports (without its line break): valid or not, children
   * checked, errors, queries and how many of the year's rules ran.
   */
  static String verdict(ValidationReport report) {
    StringBuilder b = new StringBuilder();
    b.append(report.isValid() ? "VALID" : "NOT VALID").append(": ")
        .append(report.checked()).append(report.checked() == 1 ? " child" : " children").append(" checked, ")
        .append(report.errorCount()).append(report.errorCount() == 1 ? " error, " : " errors, ")
        .append(report.queryCount()).append(report.queryCount() == 1 ? " query" : " queries")
        .append("; ").append(report.isValid() ? "no errors found by the " : "checked by the ")
        .append(report.rulesRun()).append(" of ").append(report.cataloguedRules()).append(" rules run; ")
        .append(report.rulesNotImplemented()).append(" not implemented");
    long notSelected = report.rulesSkipped().values().stream().filter(RuleOutcome.Skipped.NOT_SELECTED::equals).count();
    long missingInput = report.rulesSkipped().size() - notSelected;
    if (missingInput > 0) {
      b.append(", ").append(missingInput).append(" skipped for a missing input");
    }
    if (notSelected > 0) {
      b.append(", ").append(notSelected).append(" not selected");
    }
    if (!report.localRules().isEmpty()) {
      b.append(", and ").append(report.localRules().size()).append(report.localRules().size() == 1 ? " local rule" : " local rules");
    }
    return b.toString();
  }

  private void ruleTable(StringBuilder b, Map<String, RuleOutcome> outcomes, Map<String, Finding> firstFinding, int width) {
    b.append(pad("RULE", width)).append("  ").append(pad("SEVERITY", 8)).append("  ").append(pad("OUTCOME", 8))
        .append("  ").append(pad("FINDINGS", 8)).append("  MESSAGE\n");
    for (Map.Entry<String, RuleOutcome> e : outcomes.entrySet()) {
      String code = e.getKey();
      RuleOutcome o = e.getValue();
      Optional<RuleSummary> summary = Optional.ofNullable(rules.get(code));
      Optional<Finding> finding = Optional.ofNullable(firstFinding.get(code));
      String severity = summary.map(RuleSummary::severity).or(() -> finding.map(Finding::severity)).map(Severity::label).orElse("-");
      String message = summary.map(RuleSummary::message).or(() -> finding.map(Finding::message)).orElse("");
      int n = o instanceof RuleOutcome.Failed f ? f.findings() : o instanceof RuleOutcome.Errored er ? er.findings() : 0;
      b.append(pad(code, width)).append("  ").append(pad(severity, 8)).append("  ").append(pad(o.label(), 8)).append("  ")
          .append(pad(Integer.toString(n), 8)).append("  ").append(message);
      if (o instanceof RuleOutcome.Skipped s) {
        b.append(message.isEmpty() ? "" : " ").append('[').append(s.reason()).append(']');
      } else if (o instanceof RuleOutcome.Errored er) {
        b.append(message.isEmpty() ? "" : " ").append("[threw on ").append(er.children())
            .append(er.children() == 1 ? " child: " : " children: ").append(er.firstError()).append(']');
      }
      b.append('\n');
    }
  }

  /**
   * One location for a finding: its table, then the file and line (and for XML the element path)
   * where the record was read, else the record's row within its table.
   */
  static String location(Finding f) {
    StringBuilder b = new StringBuilder(f.table());
    Optional<SourceLocation> source = f.source().filter(s -> s.file().isPresent() || s.line().isPresent());
    if (source.isPresent()) {
      SourceLocation s = source.get();
      b.append(' ').append(PrintableText.of(s.file().orElse("<input>")));
      s.line().ifPresent(l -> b.append(':').append(l));
      s.elementPath().ifPresent(p -> b.append(' ').append(PrintableText.of(p)));
    } else if (f.recordIndex().isPresent()) {
      b.append(" row ").append(f.recordIndex().getAsInt());
    }
    return b.toString();
  }

  private static String childLabel(Optional<ChildId> id, Function<ChildId, String> child) {
    return id.map(i -> "child " + PrintableText.of(child.apply(i))).orElse("(no child)");
  }

  private static String pad(String text, int width) {
    StringBuilder b = new StringBuilder(text);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }

  /** The finding's locator, unless the report writes pseudonyms (dates could name the child again). */
  private Optional<io.github.cscreturns.validation.Locator> locatorOf(Finding f) {
    return pseudonyms.isPresent() ? Optional.empty() : f.locator();
  }
}
