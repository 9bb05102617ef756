package io.github.cscreturns.validation.report;

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

/**
 * Writes a {@link ValidationReport} as text, CSV or JSON. Immutable; the {@code with…} methods give
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
 *       {@code outcomes} (per rule, in rule code order), {@code findings}, {@code rule_errors} — keys
 *       in that fixed order; hand-written, no JSON library.
 *   <li><b>Text</b>: a summary line, a line per rule (code, severity, outcome, findings, message),
 *       then the findings grouped by child.
 * </ul>
 *
 * <p>Child IDs are written by default in every format: the caller who asks for a report of a return
 * asks for its children to be named (the CSV layout has the column). {@link #withChildIds(boolean)
 * withChildIds(false)} masks them: the CSV column and JSON key are left empty/absent, and the text
 * report numbers children in order of appearance ("child 1"). No other field value is ever written.
 */
public final class ReportWriter {
  /** The CSV header, as the DfE-style CSV report has it. */
  public static final String CSV_HEADER = "rule_code,severity,child_id,table,record_index,file,line,fields,message";

  private final ReportFormat format;
  private final boolean childIds;
  private final Map<String, RuleSummary> rules;
  private final Optional<String> title;

  private ReportWriter(ReportFormat format, boolean childIds, Map<String, RuleSummary> rules, Optional<String> title) {
    this.format = format;
    this.childIds = childIds;
    this.rules = rules;
    this.title = title;
  }

  /**
   * A writer of the format, with child IDs.
   *
   * @param format the format
   * @return a writer of the format, with child IDs
   */
  public static ReportWriter of(ReportFormat format) {
    return new ReportWriter(format, true, Map.of(), Optional.empty());
  }

  public static ReportWriter text() {
    return of(ReportFormat.TEXT);
  }

  /**
   * A writer of the report as CSV: one row per finding.
   *
   * @return the writer
   */
  public static ReportWriter csv() {
    return of(ReportFormat.CSV);
  }

  public static ReportWriter json() {
    return of(ReportFormat.JSON);
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
   * Whether child IDs are written (true by default); false masks them.
   *
   * @param include the include
   * @return whether child IDs are written (true by default)
   */
  public ReportWriter withChildIds(boolean include) {
    return new ReportWriter(format, include, rules, title);
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
    return new ReportWriter(format, childIds, Map.copyOf(map), title);
  }

  /**
   * A first line for the text report, such as "SSDA903 2024-25".
   *
   * @param text the text as written
   * @return a first line for the text report, such as "SSDA903 2024-25"
   */
  public ReportWriter withTitle(String text) {
    return new ReportWriter(format, childIds, rules, Optional.of(text));
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
    switch (format) {
      case TEXT -> writeText(report, out);
      case CSV -> writeCsv(report, out);
      case JSON -> writeJson(report, out);
    }
    out.flush();
  }

  // ------------------------------------------------------------------ CSV

  private void writeCsv(ValidationReport report, Writer out) throws IOException {
    out.write(CSV_HEADER);
    out.write('\n');
    StringBuilder line = new StringBuilder(160);
    for (Finding f : report.findings()) {
      line.setLength(0);
      line.append(csvCell(f.ruleCode())).append(',')
          .append(f.severity().label()).append(',')
          .append(childIds ? csvCell(f.childId().map(ChildId::value).orElse("")) : "").append(',')
          .append(csvCell(f.table())).append(',')
          .append(f.recordIndex().isPresent() ? Integer.toString(f.recordIndex().getAsInt()) : "").append(',')
          .append(csvCell(f.source().flatMap(SourceLocation::file).orElse(""))).append(',')
          .append(f.source().isPresent() && f.source().get().line().isPresent() ? Integer.toString(f.source().get().line().getAsInt()) : "").append(',')
          .append(csvCell(String.join(";", f.fields()))).append(',')
          .append(csvCell(f.message()))
          .append('\n');
      out.write(line.toString());
    }
  }

  /** RFC 4180: quote a cell holding a comma, quote or line break, doubling quotes. */
  static String csvCell(String text) {
    boolean quote = false;
    for (int i = 0; i < text.length() && !quote; i++) {
      char c = text.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  // ------------------------------------------------------------------ JSON

  private void writeJson(ValidationReport report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(256 + report.findings().size() * 200);
    b.append("{\n");
    b.append("  \"checked\": ").append(report.checked()).append(",\n");
    b.append("  \"valid\": ").append(report.isValid()).append(",\n");
    b.append("  \"errors\": ").append(report.errorCount()).append(",\n");
    b.append("  \"queries\": ").append(report.queryCount()).append(",\n");
    b.append("  \"outcomes\": [");
    boolean first = true;
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      b.append(first ? "\n" : ",\n").append("    {\"rule_code\": ").append(jsonString(e.getKey()));
      first = false;
      RuleOutcome o = e.getValue();
      b.append(", \"outcome\": ").append(jsonString(o.label()));
      if (o instanceof RuleOutcome.Failed failed) {
        b.append(", \"findings\": ").append(failed.findings());
      } else if (o instanceof RuleOutcome.Skipped skipped) {
        b.append(", \"reason\": ").append(jsonString(skipped.reason()));
      } else if (o instanceof RuleOutcome.Errored errored) {
        b.append(", \"children\": ").append(errored.children())
            .append(", \"findings\": ").append(errored.findings())
            .append(", \"first_error\": ").append(jsonString(errored.firstError()));
      }
      b.append('}');
    }
    b.append(first ? "],\n" : "\n  ],\n");
    out.write(b.toString());
    b.setLength(0);
    out.write("  \"findings\": [");
    first = true;
    for (Finding f : report.findings()) {
      b.setLength(0);
      b.append(first ? "\n" : ",\n").append("    {\"rule_code\": ").append(jsonString(f.ruleCode()));
      first = false;
      b.append(", \"severity\": ").append(jsonString(f.severity().label()));
      if (childIds && f.childId().isPresent()) {
        b.append(", \"child_id\": ").append(jsonString(f.childId().get().value()));
      }
      b.append(", \"table\": ").append(jsonString(f.table()));
      if (f.recordIndex().isPresent()) {
        b.append(", \"record_index\": ").append(f.recordIndex().getAsInt());
      }
      b.append(", \"fields\": [");
      for (int i = 0; i < f.fields().size(); i++) {
        b.append(i == 0 ? "" : ", ").append(jsonString(f.fields().get(i)));
      }
      b.append("], \"message\": ").append(jsonString(f.message()));
      if (f.source().isPresent()) {
        SourceLocation s = f.source().get();
        b.append(", \"source\": {");
        List<String> parts = new ArrayList<>();
        s.file().ifPresent(v -> parts.add("\"file\": " + jsonString(v)));
        s.line().ifPresent(v -> parts.add("\"line\": " + v));
        s.column().ifPresent(v -> parts.add("\"column\": " + v));
        s.elementPath().ifPresent(v -> parts.add("\"element_path\": " + jsonString(v)));
        b.append(String.join(", ", parts)).append('}');
      }
      b.append('}');
      out.write(b.toString());
    }
    out.write(first ? "],\n" : "\n  ],\n");
    out.write("  \"rule_errors\": [");
    first = true;
    for (RuleError e : report.ruleErrors()) {
      b.setLength(0);
      b.append(first ? "\n" : ",\n").append("    {\"rule_code\": ").append(jsonString(e.ruleCode()));
      first = false;
      if (childIds && e.childId().isPresent()) {
        b.append(", \"child_id\": ").append(jsonString(e.childId().get().value()));
      }
      b.append(", \"error\": ").append(jsonString(e.error())).append('}');
      out.write(b.toString());
    }
    out.write(first ? "]\n" : "\n  ]\n");
    out.write("}\n");
  }

  /** A JSON string literal: quotes, backslashes and control characters escaped. */
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
        default -> {
          if (c < 0x20) {
            b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  // ------------------------------------------------------------------ text

  private void writeText(ValidationReport report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    title.ifPresent(t -> b.append(t).append('\n'));
    Map<String, Integer> byLabel = new TreeMap<>();
    Map<String, Integer> skipReasons = new TreeMap<>();
    for (RuleOutcome o : report.outcomes().values()) {
      byLabel.merge(o.label(), 1, Integer::sum);
      if (o instanceof RuleOutcome.Skipped s) {
        skipReasons.merge(s.reason(), 1, Integer::sum);
      }
    }
    b.append(report.isValid() ? "VALID" : "NOT VALID").append(": ")
        .append(report.checked()).append(report.checked() == 1 ? " child" : " children").append(" checked, ")
        .append(report.errorCount()).append(report.errorCount() == 1 ? " error, " : " errors, ")
        .append(report.queryCount()).append(report.queryCount() == 1 ? " query" : " queries")
        .append("; ").append(report.isValid() ? "no errors found by the " : "checked by the ")
        .append(report.rulesRun()).append(" of ").append(report.cataloguedRules()).append(" rules run; ")
        .append(report.rulesNotImplemented()).append(" not implemented");
    if (!report.rulesSkipped().isEmpty()) {
      b.append(", ").append(report.rulesSkipped().size()).append(" skipped for a missing input");
    }
    if (!report.localRules().isEmpty()) {
      b.append(", and ").append(report.localRules().size()).append(report.localRules().size() == 1 ? " local rule" : " local rules");
    }
    b.append('\n');
    b.append("Rules: ");
    List<String> counts = new ArrayList<>();
    for (String label : List.of("failed", "errored", "passed", "skipped")) {
      counts.add(byLabel.getOrDefault(label, 0) + " " + label);
    }
    b.append(String.join(", ", counts));
    if (!skipReasons.isEmpty()) {
      List<String> reasons = new ArrayList<>();
      skipReasons.forEach((reason, n) -> reasons.add(n + " " + reason));
      b.append(" (").append(String.join("; ", reasons)).append(')');
    }
    b.append("\n\n");

    // A line per rule, in rule code order.
    Map<String, Finding> firstFinding = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      firstFinding.putIfAbsent(f.ruleCode(), f);
    }
    int width = 4;
    for (String code : report.outcomes().keySet()) {
      width = Math.max(width, code.length());
    }
    b.append(pad("RULE", width)).append("  ").append(pad("SEVERITY", 8)).append("  ").append(pad("OUTCOME", 8))
        .append("  ").append(pad("FINDINGS", 8)).append("  MESSAGE\n");
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      String code = e.getKey();
      RuleOutcome o = e.getValue();
      Optional<RuleSummary> summary = Optional.ofNullable(rules.get(code));
      Optional<Finding> finding = Optional.ofNullable(firstFinding.get(code));
      String severity = summary.map(RuleSummary::severity).or(() -> finding.map(Finding::severity)).map(Severity::label).orElse("-");
      String message = summary.map(RuleSummary::message).or(() -> finding.map(Finding::message)).orElse("");
      int n = o instanceof RuleOutcome.Failed f ? f.findings() : o instanceof RuleOutcome.Errored er ? er.findings() : 0;
      String outcome = o.label();
      b.append(pad(code, width)).append("  ").append(pad(severity, 8)).append("  ").append(pad(outcome, 8)).append("  ")
          .append(pad(Integer.toString(n), 8)).append("  ").append(message);
      if (o instanceof RuleOutcome.Skipped s) {
        b.append(message.isEmpty() ? "" : " ").append('[').append(s.reason()).append(']');
      } else if (o instanceof RuleOutcome.Errored er) {
        b.append(message.isEmpty() ? "" : " ").append("[threw on ").append(er.children())
            .append(er.children() == 1 ? " child: " : " children: ").append(er.firstError()).append(']');
      }
      b.append('\n');
    }
    out.write(b.toString());
    b.setLength(0);

    // Findings grouped by child, in report order (children in input order).
    if (!report.findings().isEmpty()) {
      b.append("\nFINDINGS BY CHILD\n");
    }
    Map<String, Integer> masks = new HashMap<>();
    String current = null;
    for (Finding f : report.findings()) {
      String who = childLabel(f.childId(), masks);
      if (!who.equals(current)) {
        b.append(who).append('\n');
        current = who;
      }
      b.append("  ").append(f.ruleCode()).append(' ').append(f.severity().label()).append(' ').append(f.table());
      f.recordIndex().ifPresent(i -> b.append(" row ").append(i));
      b.append(" [").append(String.join(", ", f.fields())).append("] ").append(f.message());
      f.source().ifPresent(s -> b.append(" (").append(PrintableText.of(s.describe())).append(')'));
      b.append('\n');
      if (b.length() > 8192) {
        out.write(b.toString());
        b.setLength(0);
      }
    }
    if (!report.ruleErrors().isEmpty()) {
      b.append("\nRULE ERRORS\n");
      for (RuleError e : report.ruleErrors()) {
        b.append("  ").append(e.ruleCode()).append(' ')
            .append(e.childId().isPresent() ? childLabel(e.childId(), masks) : "whole return")
            .append(": ").append(PrintableText.of(e.error())).append('\n');
      }
    }
    out.write(b.toString());
  }

  private String childLabel(Optional<ChildId> id, Map<String, Integer> masks) {
    if (id.isEmpty()) {
      return "(no child)";
    }
    if (childIds) {
      return "child " + PrintableText.of(id.get().value());
    }
    return "child " + masks.computeIfAbsent(id.get().value(), k -> masks.size() + 1);
  }

  private static String pad(String text, int width) {
    StringBuilder b = new StringBuilder(text);
    while (b.length() < width) {
      b.append(' ');
    }
    return b.toString();
  }
}
