package io.github.cscreturns.validation.report;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Locator;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The HTML report: one self-contained page (its style and script inline, nothing fetched), for a
 * person opening it on a locked-down machine. A strict Content-Security-Policy allows only the page's
 * own style and script, by their SHA-256 hashes, and no connection, image, frame or form anywhere.
 *
 * <p>Every text from the input (child IDs, file names, element paths, locators, messages) is first
 * made printable ({@link PrintableText}) and then HTML-escaped; the script reads and writes text only
 * through {@code textContent} and attributes, never markup. Without the script (a browser with
 * scripts off) every section is shown, unfiltered.
 *
 * <p>Structure, which the browser test and users' own tooling may rely on: {@code #verdict};
 * {@code #rules} (a row per rule that failed or errored, {@code data-rule}, {@code data-severity});
 * the filters {@code #rule-filter}, {@code #severity-filter}, {@code #hide-without-errors} and the
 * count {@code #shown}; {@code #children} (a row per child with findings, with a link to its view);
 * then per child a {@code section.child-view} ({@code #child-N}, N from 1 in order of first
 * appearance; written {@code hidden}, shown by the script when opened, and by a {@code noscript} style
 * when scripts are off) listing each flagged record ({@code li.record}) with its flagged fields marked
 * ({@code mark.flagged}) and its findings ({@code li.finding}).
 */
final class HtmlReport {
  private static final String STYLE = """

      :root { color-scheme: light; --error: #b00020; --query: #8a5a00; --line: #d0d4da; --muted: #5b6270; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1b1f24; margin: 0; background: #f6f7f9; }
      header, main, #filters { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
      header { padding-top: 1rem; }
      h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
      h2 { font-size: 1.15rem; margin: 1.25rem 0 .5rem; }
      h3 { font-size: 1rem; margin: 0 0 .25rem; }
      .title { margin: 0 0 .5rem; color: var(--muted); }
      .verdict { font-weight: 600; padding: .5rem .75rem; border-radius: 4px; background: #e7f4ea; border-left: 4px solid #1e7b34; }
      .verdict.not-valid { background: #fbeaec; border-left-color: var(--error); }
      table { border-collapse: collapse; width: 100%; background: #fff; }
      th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
      th { background: #eef0f3; font-weight: 600; }
      td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
      .severity { font-weight: 600; }
      .severity.error { color: var(--error); }
      .severity.query { color: var(--query); }
      #filters { position: sticky; top: 0; background: #f6f7f9; padding-top: .5rem; padding-bottom: .5rem; border-bottom: 1px solid var(--line); z-index: 1; }
      #filters label { margin-right: 1.25rem; white-space: nowrap; }
      #filters select { font: inherit; }
      #shown { margin: .25rem 0 0; color: var(--muted); }
      .note { color: var(--muted); }
      ol.records { list-style: none; padding: 0; }
      li.record { background: #fff; border: 1px solid var(--line); border-radius: 4px; padding: .5rem .75rem; margin: 0 0 .75rem; }
      .where { color: var(--muted); font-weight: normal; }
      .fields { margin: .25rem 0; }
      mark.flagged { background: #ffe3a3; padding: 0 .3rem; border-radius: 3px; margin-right: .25rem; font-family: ui-monospace, Consolas, monospace; }
      mark.flagged.error { background: #ffd3d9; }
      span.value { font-family: ui-monospace, Consolas, monospace; margin-right: .6rem; }
      span.value.unparsed, span.value.blank { color: var(--error); }
      ul.findings { margin: .25rem 0 0; padding-left: 1.25rem; }
      .code { font-weight: 600; font-family: ui-monospace, Consolas, monospace; }
      a.back { display: inline-block; margin: .25rem 0 .75rem; }
      [hidden] { display: none !important; }
      """;

  private static final String SCRIPT = """

      (function () {
        'use strict';
        var byId = function (id) { return document.getElementById(id); };
        var all = function (root, selector) { return Array.prototype.slice.call(root.querySelectorAll(selector)); };
        var ruleFilter = byId('rule-filter');
        var severityFilter = byId('severity-filter');
        var hideWithoutErrors = byId('hide-without-errors');
        var overview = byId('overview');
        var views = all(document, 'section.child-view');
        var ruleRows = all(document, '#rules tbody tr');

        function matches(rule, severity) {
          return (ruleFilter.value === '' || rule === ruleFilter.value)
              && (severityFilter.value === '' || severity === severityFilter.value);
        }

        function apply() {
          var children = 0;
          var findings = 0;
          views.forEach(function (view) {
            var errors = 0;
            var queries = 0;
            all(view, 'li.finding').forEach(function (finding) {
              var severity = finding.getAttribute('data-severity');
              var shown = matches(finding.getAttribute('data-rule'), severity);
              finding.hidden = !shown;
              if (shown && severity === 'error') { errors++; }
              if (shown && severity !== 'error') { queries++; }
            });
            all(view, 'li.record').forEach(function (record) {
              record.hidden = record.querySelector('li.finding:not([hidden])') === null;
            });
            all(view, 'mark.flagged').forEach(function (mark) {
              mark.hidden = !mark.getAttribute('data-by').split(' ').some(function (by) {
                var parts = by.split(':');
                return matches(parts[0], parts[1]);
              });
            });
            view.querySelector('.nothing-shown').hidden = errors + queries > 0;
            var row = byId('row-' + view.id);
            row.querySelector('.errors').textContent = String(errors);
            row.querySelector('.queries').textContent = String(queries);
            row.hidden = errors + queries === 0 || (hideWithoutErrors.checked && errors === 0);
            if (!row.hidden) {
              children++;
              findings += errors + queries;
            }
          });
          ruleRows.forEach(function (row) {
            row.hidden = !matches(row.getAttribute('data-rule'), row.getAttribute('data-severity'));
          });
          byId('shown').textContent = 'Showing ' + children + ' of ' + views.length
              + (views.length === 1 ? ' child' : ' children') + ' with findings, '
              + findings + (findings === 1 ? ' finding' : ' findings') + '.';
        }

        function route() {
          var id = window.location.hash.slice(1);
          var open = null;
          views.forEach(function (view) {
            view.hidden = view.id !== id;
            if (!view.hidden) { open = view; }
          });
          overview.hidden = open !== null;
          window.scrollTo(0, 0);
        }

        [ruleFilter, severityFilter, hideWithoutErrors].forEach(function (control) {
          control.addEventListener('change', apply);
        });
        window.addEventListener('hashchange', route);
        byId('filters').hidden = false;
        apply();
        route();
        document.documentElement.setAttribute('data-ready', 'true');
      })();
      """;

  /**
   * The style a browser with scripts off applies: it shows the children's views, which the page
   * writes hidden so that a browser with scripts on never lays them out until one is opened (a
   * report of thousands of children then opens in about half the time).
   */
  static final String NO_SCRIPT_STYLE = "section.child-view[hidden] { display: block !important; }";

  /** The page's policy: nothing from anywhere, but its own styles and script, by hash. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src '" + sha256(STYLE) + "' '" + sha256(NO_SCRIPT_STYLE) + "'; script-src '" + sha256(SCRIPT) + "'; "
          + "img-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'";

  private final Map<String, RuleSummary> rules;
  private final Optional<String> title;
  private final boolean verbose;
  private final boolean failedOnly;
  private final Function<ChildId, String> child;
  private final Function<Finding, Optional<Locator>> locator;

  private final Optional<FindingValues> values;

  HtmlReport(
      Map<String, RuleSummary> rules, Optional<String> title, boolean verbose, boolean failedOnly,
      Function<ChildId, String> child, Function<Finding, Optional<Locator>> locator, Optional<FindingValues> values) {
    this.values = values;
    this.rules = rules;
    this.title = title;
    this.verbose = verbose;
    this.failedOnly = failedOnly;
    this.child = child;
    this.locator = locator;
  }

  void write(ValidationReport report, Writer out) throws IOException {
    StringBuilder b = new StringBuilder(16384);
    String heading = title.map(t -> t.lines().findFirst().orElse("")).filter(t -> !t.isBlank()).orElse("Validation report");
    b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(CONTENT_SECURITY_POLICY).append("\">\n")
        .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(heading)).append(" validation report</title>\n")
        .append("<style>").append(STYLE).append("</style>\n")
        .append("<noscript><style>").append(NO_SCRIPT_STYLE).append("</style></noscript>\n</head>\n<body>\n<header>\n")
        .append("<h1>").append(escape(heading)).append(" validation report</h1>\n");
    if (title.isPresent()) {
      List<String> rest = title.get().lines().skip(1).toList();
      if (!rest.isEmpty()) {
        b.append("<p class=\"title\">").append(String.join("<br>\n", rest.stream().map(HtmlReport::escape).toList())).append("</p>\n");
      }
    }
    b.append("<p id=\"verdict\" class=\"verdict").append(report.isValid() ? "" : " not-valid").append("\">")
        .append(escape(ReportWriter.verdict(report))).append("</p>\n</header>\n");

    // children in order of first appearance, each with its findings grouped by record
    Map<Optional<ChildId>, List<Finding>> byChild = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      byChild.computeIfAbsent(f.childId(), k -> new ArrayList<>()).add(f);
    }
    Map<Optional<ChildId>, String> labels = new LinkedHashMap<>();
    byChild.keySet().forEach(id -> labels.put(id, id.map(i -> "child " + child.apply(i)).orElse("the whole return")));

    filters(b, report);
    b.append("<main>\n<div id=\"overview\">\n");
    rulesSection(b, report);
    out.write(b.toString());
    b.setLength(0);

    b.append("<section id=\"children-section\">\n<h2>Children with findings</h2>\n");
    if (byChild.isEmpty()) {
      b.append("<p class=\"note\">No finding.</p>\n");
    }
    b.append("<table id=\"children\"><thead><tr><th>Child</th><th class=\"number\">Errors</th><th class=\"number\">Queries</th>")
        .append("<th>Rules</th></tr></thead>\n<tbody>\n");
    int n = 0;
    for (Map.Entry<Optional<ChildId>, List<Finding>> e : byChild.entrySet()) {
      n++;
      long errors = e.getValue().stream().filter(f -> f.severity() == Severity.ERROR).count();
      Set<String> codes = new LinkedHashSet<>();
      e.getValue().forEach(f -> codes.add(f.ruleCode()));
      b.append("<tr id=\"row-child-").append(n).append("\"><td><a href=\"#child-").append(n).append("\">")
          .append(escape(labels.get(e.getKey()))).append("</a></td><td class=\"number errors\">").append(errors)
          .append("</td><td class=\"number queries\">").append(e.getValue().size() - errors)
          .append("</td><td>").append(escape(String.join(", ", codes))).append("</td></tr>\n");
      if (b.length() > 16000) {
        out.write(b.toString());
        b.setLength(0);
      }
    }
    b.append("</tbody></table>\n</section>\n");
    ruleErrors(b, report, labels);
    b.append("</div>\n");

    n = 0;
    for (Map.Entry<Optional<ChildId>, List<Finding>> e : byChild.entrySet()) {
      n++;
      childView(b, n, labels.get(e.getKey()), e.getValue());
      if (b.length() > 16000) {
        out.write(b.toString());
        b.setLength(0);
      }
    }
    b.append("</main>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    out.write(b.toString());
  }

  /** The filters: hidden until the script shows them, as only the script applies them. */
  private static void filters(StringBuilder b, ValidationReport report) {
    Map<String, Integer> perRule = new TreeMap<>(io.github.cscreturns.validation.RuleCodes.ORDER);
    Map<String, Severity> severities = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      perRule.merge(f.ruleCode(), 1, Integer::sum);
      severities.putIfAbsent(f.ruleCode(), f.severity());
    }
    b.append("<div id=\"filters\" hidden>\n<label>Rule <select id=\"rule-filter\">")
        .append("<option value=\"\">All rules</option>");
    perRule.forEach((code, count) -> b.append("<option value=\"").append(escape(code)).append("\">").append(escape(code))
        .append(" (").append(severities.get(code).label()).append(", ").append(count).append(count == 1 ? " finding" : " findings")
        .append(")</option>"));
    b.append("</select></label>\n<label>Severity <select id=\"severity-filter\">")
        .append("<option value=\"\">Errors and queries</option><option value=\"error\">Errors</option>")
        .append("<option value=\"query\">Queries</option></select></label>\n")
        .append("<label title=\"Hides every child none of whose shown findings is an error\">")
        .append("<input type=\"checkbox\" id=\"hide-without-errors\"> Hide children without errors</label>\n")
        .append("<p id=\"shown\" aria-live=\"polite\"></p>\n</div>\n");
  }

  private void rulesSection(StringBuilder b, ValidationReport report) {
    Map<String, Finding> firstFinding = new LinkedHashMap<>();
    Map<String, Set<Optional<ChildId>>> children = new LinkedHashMap<>();
    for (Finding f : report.findings()) {
      firstFinding.putIfAbsent(f.ruleCode(), f);
      children.computeIfAbsent(f.ruleCode(), k -> new java.util.HashSet<>()).add(f.childId());
    }
    Map<String, RuleOutcome> failures = new LinkedHashMap<>();
    Map<String, RuleOutcome> others = new LinkedHashMap<>();
    int passed = 0;
    int skipped = 0;
    for (Map.Entry<String, RuleOutcome> e : report.outcomes().entrySet()) {
      RuleOutcome o = e.getValue();
      if (o instanceof RuleOutcome.Failed || o instanceof RuleOutcome.Errored) {
        failures.put(e.getKey(), o);
      } else {
        others.put(e.getKey(), o);
        if (o instanceof RuleOutcome.Skipped) {
          skipped++;
        } else {
          passed++;
        }
      }
    }
    b.append("<section id=\"rules-section\">\n<h2>Rules that failed</h2>\n");
    if (failures.isEmpty()) {
      b.append("<p class=\"note\">No rule failed.</p>\n");
    }
    b.append("<table id=\"rules\"><thead><tr><th>Rule</th><th>Severity</th><th>Outcome</th><th class=\"number\">Findings</th>")
        .append("<th class=\"number\">Children</th><th>Message</th></tr></thead>\n<tbody>\n");
    failures.forEach((code, o) -> ruleRow(b, code, o, firstFinding, children));
    b.append("</tbody></table>\n");
    if (!failedOnly) {
      b.append("<p class=\"note\">").append(passed == 1 ? "1 rule passed" : passed + " rules passed").append(" and ")
          .append(skipped).append(" skipped.</p>\n");
      if (verbose && !others.isEmpty()) {
        b.append("<h2>Rules that passed or were skipped</h2>\n<table id=\"other-rules\"><thead><tr><th>Rule</th><th>Severity</th>")
            .append("<th>Outcome</th><th class=\"number\">Findings</th><th class=\"number\">Children</th><th>Message</th></tr></thead>\n<tbody>\n");
        others.forEach((code, o) -> ruleRow(b, code, o, firstFinding, children));
        b.append("</tbody></table>\n");
      }
    }
    b.append("</section>\n");
  }

  private void ruleRow(
      StringBuilder b, String code, RuleOutcome o, Map<String, Finding> firstFinding, Map<String, Set<Optional<ChildId>>> children) {
    Optional<RuleSummary> summary = Optional.ofNullable(rules.get(code));
    Optional<Finding> finding = Optional.ofNullable(firstFinding.get(code));
    Optional<Severity> severity = summary.map(RuleSummary::severity).or(() -> finding.map(Finding::severity));
    String message = summary.map(RuleSummary::message).or(() -> finding.map(Finding::message)).orElse("");
    int findings = o instanceof RuleOutcome.Failed f ? f.findings() : o instanceof RuleOutcome.Errored er ? er.findings() : 0;
    String note = "";
    if (o instanceof RuleOutcome.Skipped s) {
      note = s.reason();
    } else if (o instanceof RuleOutcome.Errored er) {
      note = "threw on " + er.children() + (er.children() == 1 ? " child: " : " children: ") + er.firstError();
    }
    String label = severity.map(Severity::label).orElse("");
    b.append("<tr data-rule=\"").append(escape(code)).append("\" data-severity=\"").append(label).append("\"><td class=\"code\">")
        .append(escape(code)).append("</td><td class=\"severity ").append(label).append("\">").append(severity.isPresent() ? label : "-")
        .append("</td><td>").append(escape(o.label())).append("</td><td class=\"number\">").append(findings)
        .append("</td><td class=\"number\">").append(children.getOrDefault(code, Set.of()).size()).append("</td><td>")
        .append(escape(message));
    if (!note.isEmpty()) {
      b.append(" <span class=\"note\">[").append(escape(note)).append("]</span>");
    }
    b.append("</td></tr>\n");
  }

  private void ruleErrors(StringBuilder b, ValidationReport report, Map<Optional<ChildId>, String> labels) {
    if (report.ruleErrors().isEmpty()) {
      return;
    }
    b.append("<section id=\"rule-errors\">\n<h2>Rule errors</h2>\n<ul>\n");
    for (RuleError e : report.ruleErrors()) {
      String who = e.childId().map(id -> labels.getOrDefault(e.childId(), "child " + child.apply(id))).orElse("the whole return");
      b.append("<li><span class=\"code\">").append(escape(e.ruleCode())).append("</span> on ").append(escape(who)).append(": ")
          .append(escape(e.error())).append("</li>\n");
    }
    b.append("</ul>\n</section>\n");
  }

  /** One child's flagged records, each with its flagged fields marked and the findings on it. */
  private void childView(StringBuilder b, int n, String label, List<Finding> findings) {
    // a record is its table and position (or, where unknown, the finding alone)
    Map<String, List<Finding>> records = new LinkedHashMap<>();
    int unplaced = 0;
    for (Finding f : findings) {
      String key = f.recordIndex().isPresent() ? f.table() + '\u0000' + f.recordIndex().getAsInt() : "\u0001" + unplaced++;
      records.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
    }
    b.append("<section hidden class=\"child-view\" id=\"child-").append(n).append("\" aria-labelledby=\"child-").append(n).append("-heading\">\n")
        .append("<h2 id=\"child-").append(n).append("-heading\">").append(escape(capitalised(label))).append("</h2>\n")
        .append("<a class=\"back\" href=\"#\">Back to all children</a>\n")
        .append("<p class=\"note\">").append(records.size()).append(records.size() == 1 ? " flagged record, " : " flagged records, ")
        .append(findings.size()).append(findings.size() == 1 ? " finding." : " findings.").append("</p>\n")
        .append("<p class=\"note nothing-shown\" hidden>No finding of this child under the filters.</p>\n")
        .append("<ol class=\"records\">\n");
    for (List<Finding> record : records.values()) {
      Finding first = record.get(0);
      b.append("<li class=\"record\" data-table=\"").append(escape(first.table())).append("\">\n<h3>").append(escape(first.table()));
      if (first.recordIndex().isPresent()) {
        b.append(", record ").append(first.recordIndex().getAsInt());
      }
      Optional<SourceLocation> source = record.stream().map(Finding::source).flatMap(Optional::stream)
          .filter(s -> s.file().isPresent() || s.line().isPresent()).findFirst();
      if (source.isPresent()) {
        SourceLocation s = source.get();
        StringBuilder where = new StringBuilder(s.file().orElse("<input>"));
        s.line().ifPresent(l -> where.append(':').append(l));
        s.elementPath().ifPresent(p -> where.append(' ').append(p));
        b.append(" <span class=\"where\">").append(escape(where.toString())).append("</span>");
      }
      record.stream().map(locator).flatMap(Optional::stream).findFirst()
          .ifPresent(l -> b.append(" <span class=\"where locator\">").append(escape(l.describe())).append("</span>"));
      b.append("</h3>\n");
      // each flagged field once, marked, with the rules (and their severity) that flag it
      Map<String, Set<String>> flaggedBy = new LinkedHashMap<>();
      Map<String, Boolean> byError = new LinkedHashMap<>();
      for (Finding f : record) {
        for (String field : f.fields()) {
          flaggedBy.computeIfAbsent(field, k -> new LinkedHashSet<>()).add(f.ruleCode() + ':' + f.severity().label());
          byError.merge(field, f.severity() == Severity.ERROR, Boolean::logicalOr);
        }
      }
      if (!flaggedBy.isEmpty()) {
        b.append("<p class=\"fields\">Flagged fields: ");
        Map<String, ItemValue> held = new LinkedHashMap<>();
        values.ifPresent(v -> record.forEach(f -> v.of(f).forEach(iv -> held.putIfAbsent(iv.item(), iv))));
        flaggedBy.forEach((field, by) -> {
          b.append("<mark class=\"flagged").append(byError.get(field) ? " error" : "")
              .append("\" data-field=\"").append(escape(field)).append("\" data-by=\"").append(escape(String.join(" ", by)))
              .append("\">").append(escape(field)).append("</mark>");
          ItemValue v = held.get(field);
          if (v != null) {
            b.append("<span class=\"value ").append(v.kind().name().toLowerCase(java.util.Locale.ROOT)).append("\">")
                .append(escape(valueText(v))).append("</span> ");
          }
        });
        b.append("</p>\n");
      }
      b.append("<ul class=\"findings\">\n");
      for (Finding f : record) {
        String severity = f.severity().label();
        b.append("<li class=\"finding\" data-rule=\"").append(escape(f.ruleCode())).append("\" data-severity=\"").append(severity)
            .append("\"><span class=\"code\">").append(escape(f.ruleCode())).append("</span> <span class=\"severity ")
            .append(severity).append("\">").append(severity).append("</span> ").append(escape(f.message()));
        if (!f.fields().isEmpty()) {
          b.append(" <span class=\"note\">[").append(escape(String.join(", ", f.fields()))).append("]</span>");
        }
        b.append("</li>\n");
      }
      b.append("</ul>\n</li>\n");
    }
    b.append("</ol>\n</section>\n");
  }

  /** An affected value as a reader sees it: the value, the text that is not a valid value, or "blank". */
  private static String valueText(ItemValue v) {
    return switch (v.kind()) {
      case VALUE -> PrintableText.of(v.text());
      case UNPARSED -> PrintableText.of(v.text()) + " (not a valid value)";
      case BLANK -> "blank";
    };
  }

  private static String capitalised(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  /**
   * Text for an HTML element or a quoted attribute: first made printable (control and bidirectional
   * characters escaped, as in the text report), then {@code & < > " '} as character references.
   */
  static String escape(String text) {
    String printable = PrintableText.of(text);
    StringBuilder b = null;
    for (int i = 0; i < printable.length(); i++) {
      char c = printable.charAt(i);
      String entity = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        default -> null;
      };
      if (entity != null && b == null) {
        b = new StringBuilder(printable.length() + 16).append(printable, 0, i);
      }
      if (b != null) {
        if (entity != null) {
          b.append(entity);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? printable : b.toString();
  }

  /** A CSP source expression: the base64 SHA-256 of the inline text exactly as written between its tags. */
  static String sha256(String inline) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(inline.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e); // every Java platform has it
    }
  }
}
