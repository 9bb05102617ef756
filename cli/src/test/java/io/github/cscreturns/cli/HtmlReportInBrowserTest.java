package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Locator;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.report.ReportWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real headless Chromium: the page is loaded from its file, the filters are
 * used with the keyboard and mouse as a person uses them, and what the page then shows is read back.
 * Without Chromium the tests are skipped with a message saying how to install it, except in CI
 * (the environment variable {@code CI} is true), where they fail: CI must run them.
 */
@Timeout(600)
class HtmlReportInBrowserTest {
  private static final String HOSTILE_ID = "<script>window.injected=1</script>";

  private static Path browser;

  @BeforeAll
  static void findTheBrowser() {
    Optional<Path> found = Chromium.find();
    if (found.isEmpty() && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail(Chromium.HOW_TO_INSTALL + " (CI=true: the test must run in CI)");
    }
    assumeTrue(found.isPresent(), Chromium.HOW_TO_INSTALL);
    browser = found.get();
  }

  private static Finding finding(String code, Severity severity, String child, String table, int index, String... fields) {
    return Finding.builder().ruleCode(code).severity(severity).childId(ChildId.of(child)).table(table).recordIndex(index)
        .addFields(fields).message("Message of rule " + code).build();
  }

  /** Four children: two with errors and queries, one with an error only, one (with a hostile ID) with a query only. */
  static ValidationReport report() {
    return ValidationReport.builder()
        .checked(6)
        .putOutcomes("101", new RuleOutcome.Passed())
        .putOutcomes("103", new RuleOutcome.Failed(1))
        .putOutcomes("148", new RuleOutcome.Failed(2))
        .putOutcomes("386", new RuleOutcome.Failed(3))
        .addFindings(
            finding("103", Severity.ERROR, "C1", "Header", 0, "ETHNIC"),
            finding("386", Severity.QUERY, "C1", "Header", 0, "DOB"),
            Finding.builder().from(finding("148", Severity.ERROR, "C2", "Episodes", 4, "DEC", "REC"))
                .source(SourceLocation.builder().file("episodes.csv").line(6).recordIndex(4).build())
                .locator(new Locator("DECOM", "01/06/2024"))
                .build(),
            finding("386", Severity.QUERY, HOSTILE_ID, "Header", 2, "DOB"),
            finding("386", Severity.QUERY, "C4", "Episodes", 1, "RNE"),
            finding("148", Severity.ERROR, "C4", "Episodes", 2, "DEC"))
        .build();
  }

  /** The texts of the elements matched that the page shows (laid out, not hidden). */
  private static String shown(String selector) {
    return "Array.prototype.filter.call(document.querySelectorAll('" + selector + "'), function (e) { return e.getClientRects().length > 0; })"
        + ".map(function (e) { return e.textContent.replace(/\\s+/g, ' ').trim(); })";
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static List<String> shownChildren(Chromium page) {
    return strings(page.evaluate(shown("#children tbody tr td:first-child")));
  }

  @Test
  void theFiltersAndTheChildViewShowWhatTheySay(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    Files.writeString(file, ReportWriter.html().withTitle("SSDA903 2024-25").write(report()));
    String url = file.toUri().toString();
    try (Chromium page = Chromium.start(browser, dir.resolve("profile"))) {
      page.open(url);
      // the page's own script ran (the policy allowed it by its hash) and its style applied
      assertThat(page.waitUntil("document.documentElement.getAttribute('data-ready') === 'true'")).as("the report's script ran").isTrue();
      assertThat(page.evaluate("getComputedStyle(document.getElementById('verdict')).borderLeftWidth").asText()).isEqualTo("4px");
      assertThat(strings(page.evaluate(shown("#verdict")))).singleElement().asString()
          .startsWith("NOT VALID: 6 children checked, 3 errors, 3 queries");
      assertThat(shownChildren(page)).containsExactly("child C1", "child C2", "child " + HOSTILE_ID, "child C4");
      assertThat(page.evaluate(shown("#shown")).get(0).asText()).isEqualTo("Showing 4 of 4 children with findings, 6 findings.");
      // the hostile child ID is text, not a script
      assertThat(page.evaluate("typeof window.injected").asText()).isEqualTo("undefined");
      assertThat(page.evaluate("document.scripts.length").asInt()).isEqualTo(1);

      // by rule: only the children, and the rule, of 148
      page.choose("#rule-filter", "148");
      assertThat(page.waitUntil("document.getElementById('shown').textContent.indexOf('Showing 2 of') === 0")).isTrue();
      assertThat(shownChildren(page)).containsExactly("child C2", "child C4");
      assertThat(strings(page.evaluate(shown("#rules tbody tr td:first-child")))).containsExactly("148");

      // by severity: queries of every rule; the error counts shown are of queries only, so none
      page.choose("#rule-filter", "");
      page.choose("#severity-filter", "query");
      assertThat(page.waitUntil("document.getElementById('shown').textContent.indexOf('Showing 3 of') === 0")).isTrue();
      assertThat(shownChildren(page)).containsExactly("child C1", "child " + HOSTILE_ID, "child C4");
      assertThat(strings(page.evaluate(shown("#children tbody tr td.errors")))).containsExactly("0", "0", "0");
      assertThat(strings(page.evaluate(shown("#rules tbody tr td:first-child")))).containsExactly("386");

      // hide children without errors: the child with only a query goes
      page.choose("#severity-filter", "");
      assertThat(page.waitUntil("document.getElementById('shown').textContent.indexOf('Showing 4 of') === 0")).isTrue();
      page.click("#hide-without-errors");
      assertThat(page.waitUntil("document.getElementById('shown').textContent.indexOf('Showing 3 of') === 0")).isTrue();
      assertThat(page.evaluate("document.getElementById('hide-without-errors').checked").asBoolean()).isTrue();
      assertThat(shownChildren(page)).containsExactly("child C1", "child C2", "child C4");

      // a child's view: its flagged record, where it is, its flagged fields marked
      page.click("#children a[href='#child-2']");
      assertThat(page.waitUntil("window.location.hash === '#child-2' && document.getElementById('overview').getClientRects().length === 0")).isTrue();
      assertThat(strings(page.evaluate(shown("section.child-view h2")))).containsExactly("Child C2");
      assertThat(strings(page.evaluate(shown("li.record h3")))).containsExactly("Episodes, record 4 episodes.csv:6 DECOM 01/06/2024");
      assertThat(strings(page.evaluate(shown("li.record mark.flagged")))).containsExactly("DEC", "REC");
      assertThat(strings(page.evaluate(shown("li.finding")))).containsExactly("148 error Message of rule 148 [DEC, REC]");

      // back, and another child's view under the severity filter: only its record with an error
      page.click("section.child-view:not([hidden]) a.back");
      assertThat(page.waitUntil("document.getElementById('overview').getClientRects().length > 0")).isTrue();
      assertThat(shownChildren(page)).containsExactly("child C1", "child C2", "child C4");
      page.choose("#severity-filter", "error");
      page.click("#children a[href='#child-4']");
      // the hash changes before the page's handler shows the view: wait for the view itself, as for C2
      assertThat(page.waitUntil("window.location.hash === '#child-4' && document.getElementById('overview').getClientRects().length === 0")).isTrue();
      assertThat(strings(page.evaluate(shown("section.child-view h2")))).containsExactly("Child C4");
      assertThat(strings(page.evaluate(shown("li.record h3")))).containsExactly("Episodes, record 2");
      assertThat(strings(page.evaluate(shown("li.record mark.flagged")))).containsExactly("DEC");
      page.choose("#severity-filter", "");
      assertThat(page.waitUntil("document.querySelectorAll('#child-4 li.record:not([hidden])').length === 2")).isTrue();
      assertThat(strings(page.evaluate(shown("li.record h3")))).containsExactly("Episodes, record 1", "Episodes, record 2");

      assertNothingFetchedAndNothingComplained(page, url);
    }
  }

  /** With scripts off the page shows everything, unfiltered: the overview and every child's view. */
  @Test
  void withScriptsOffEveryChildsViewIsShown(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.html");
    Files.writeString(file, ReportWriter.html().withTitle("SSDA903 2024-25").write(report()));
    try (Chromium page = Chromium.start(browser, dir.resolve("profile"))) {
      page.disableScripts();
      page.open(file.toUri().toString());
      assertThat(page.evaluate("document.documentElement.getAttribute('data-ready')").isNull()).as("the report's script did not run").isTrue();
      assertThat(page.evaluate("document.getElementById('filters').hidden").asBoolean()).as("filters need the script").isTrue();
      assertThat(shownChildren(page)).hasSize(4);
      assertThat(strings(page.evaluate(shown("section.child-view h2")))).hasSize(4).contains("Child C2", "Child C4");
      assertThat(strings(page.evaluate(shown("li.finding")))).hasSize(6);
    }
  }

  @Test
  void theReportOfTheBundledSampleOpensWithEveryChildAndEachChildsView(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sample.html");
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(new PrintWriter(out), new PrintWriter(err), "validate", "--sample", "--format", "html", "-o", file.toString());
    assertThat(code).as(err.toString()).isZero();
    String url = file.toUri().toString();
    try (Chromium page = Chromium.start(browser, dir.resolve("profile"))) {
      page.open(url);
      assertThat(page.waitUntil("document.documentElement.getAttribute('data-ready') === 'true'")).as("the report's script ran").isTrue();
      int children = page.evaluate("document.querySelectorAll('section.child-view').length").asInt();
      assertThat(children).isPositive();
      assertThat(shownChildren(page)).hasSize(children).allMatch(c -> c.startsWith("child "));
      assertThat(page.evaluate(shown("section.child-view")).size()).isZero();
      page.click("#children a[href='#child-1']");
      assertThat(page.waitUntil("window.location.hash === '#child-1' && document.getElementById('overview').getClientRects().length === 0")).isTrue();
      assertThat(page.evaluate(shown("section.child-view")).size()).isEqualTo(1);
      assertThat(page.evaluate(shown("#child-1 li.record")).size()).isPositive();
      assertNothingFetchedAndNothingComplained(page, url);
    }
  }

  /** The page asked for nothing but itself, and logged no error (a blocked style or script would say so). */
  private static void assertNothingFetchedAndNothingComplained(Chromium page, String url) {
    List<String> requested = new ArrayList<>();
    List<String> complaints = new ArrayList<>();
    for (JsonNode event : page.events()) {
      String method = event.path("method").asText();
      JsonNode params = event.path("params");
      switch (method) {
        case "Network.requestWillBeSent" -> requested.add(params.path("request").path("url").asText());
        case "Runtime.exceptionThrown" -> complaints.add(params.path("exceptionDetails").toString());
        case "Runtime.consoleAPICalled" -> complaints.add(params.toString());
        case "Log.entryAdded" -> {
          if (!"verbose".equals(params.path("entry").path("level").asText())) {
            complaints.add(params.path("entry").toString());
          }
        }
        default -> { }
      }
    }
    assertThat(requested).as("requests of the page").containsOnly(url);
    assertThat(complaints).as("errors and messages of the page").isEmpty();
  }
}
