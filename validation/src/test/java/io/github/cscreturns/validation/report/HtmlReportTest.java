package io.github.cscreturns.validation.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Locator;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  /** Text an attacker controls: child ID, file name, element path, locator value and message. */
  static final String HOSTILE = "<script>alert('x')</script>\"&";

  static ValidationReport hostile() {
    return ValidationReport.builder()
        .checked(2)
        .putOutcomes("103", new RuleOutcome.Failed(1))
        .putOutcomes("148", new RuleOutcome.Failed(1))
        .addFindings(
            Finding.builder().ruleCode("103").severity(Severity.ERROR).childId(ChildId.of(HOSTILE)).table("Header").recordIndex(0)
                .addFields("ETHNIC").message("Message " + HOSTILE)
                .source(SourceLocation.builder().file(HOSTILE + ".xml").line(7).elementPath("/Message/Children/Child[1]" + HOSTILE).build())
                .locator(new Locator("DOB", HOSTILE))
                .build(),
            Finding.builder().ruleCode("148").severity(Severity.QUERY).childId(ChildId.of("C2")).table("Episodes").recordIndex(3)
                .addFields("DEC", "REC").message("Date episode ceased and reason episode ceased must both be coded")
                .build())
        .build();
  }

  @Test
  void everyTextFromTheInputIsEscapedAndNoScriptButThePagesOwnIsWritten() {
    String html = ReportWriter.html().withTitle(HOSTILE + "\nsecond line " + HOSTILE).write(hostile());
    assertThat(html).doesNotContain(HOSTILE).doesNotContain("<script>alert")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&quot;&amp;");
    assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(1);
  }

  @Test
  void theTitlesFirstLineIsTheHeadingAndEachFurtherLineIsEscapedOnItsOwn() {
    String html = ReportWriter.html().withTitle("SSDA903 2024-25\nReference data: <none>\nStages run: 1 and 2").write(hostile());
    assertThat(html).contains("<title>SSDA903 2024-25 validation report</title>").contains("<h1>SSDA903 2024-25 validation report</h1>")
        .contains("<p class=\"title\">Reference data: &lt;none&gt;<br>\nStages run: 1 and 2</p>");
  }

  @Test
  void controlAndBidirectionalCharactersAreMadePrintableBeforeEscaping() {
    assertThat(HtmlReport.escape("a\u202Eb\nc<")).isEqualTo("a\\u202Eb\\u000Ac&lt;");
  }

  @Test
  void thePolicyAllowsOnlyThePagesOwnStyleAndScriptByTheirHashes() {
    String html = ReportWriter.html().write(hostile());
    Matcher csp = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">").matcher(html);
    assertThat(csp.find()).isTrue();
    String policy = csp.group(1);
    assertThat(policy).startsWith("default-src 'none';").doesNotContain("unsafe").contains("base-uri 'none'").contains("form-action 'none'");
    String style = between(html, "<style>", "</style>");
    String script = between(html, "<script>", "</script>");
    String noScriptStyle = between(html, "<noscript><style>", "</style></noscript>");
    assertThat(policy).contains("style-src '" + HtmlReport.sha256(style) + "' '" + HtmlReport.sha256(noScriptStyle) + "'")
        .contains("script-src '" + HtmlReport.sha256(script) + "'");
    // no inline handler or style attribute, which the policy would block
    assertThat(html).doesNotContainPattern("\\son[a-z]+=").doesNotContain(" style=");
    // the script never writes markup
    assertThat(script).doesNotContain("innerHTML").doesNotContain("outerHTML").doesNotContain("insertAdjacentHTML")
        .doesNotContain("document.write").doesNotContain("eval(");
  }

  @Test
  void thePageNamesNoUrlAtAll() {
    String html = ReportWriter.html().withRules(List.of(new RuleSummary("103", Severity.ERROR, "m"))).withVerbose(true).write(hostile());
    assertThat(html).doesNotContainPattern("(?i)(https?|ftp|wss?|file):").doesNotContain("//").doesNotContainPattern("(?i)url\\(")
        .doesNotContainPattern("(?i)@import").doesNotContainPattern("(?i)\\ssrc=").doesNotContainPattern("(?i)<link");
    // every href is a fragment of the page itself
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertThat(href.group(1)).startsWith("#");
    }
  }

  @Test
  void eachChildHasARowAndAViewListingItsFlaggedRecordsWithTheFieldsMarked() {
    String html = ReportWriter.html().write(ReportWriterTest.sample());
    assertThat(html).contains("<tr id=\"row-child-1\"><td><a href=\"#child-1\">child C1</a>")
        .contains("<tr id=\"row-child-2\"><td><a href=\"#child-2\">child C2</a>")
        .contains("<section hidden class=\"child-view\" id=\"child-2\"")
        .contains("<h3>Episodes, record 4 <span class=\"where\">episodes.csv:6</span> <span class=\"where locator\">DECOM 01/06/2024</span></h3>")
        .contains("<mark class=\"flagged error\" data-field=\"DEC\" data-by=\"148:error\">DEC</mark>")
        .contains("<option value=\"148\">148 (error, 2 findings)</option>")
        .contains("<tr data-rule=\"148\" data-severity=\"error\"><td class=\"code\">148</td>")
        .contains("INT32");
    assertThat(html).contains("<p id=\"verdict\" class=\"verdict not-valid\">NOT VALID: 3 children checked, 3 errors, 0 queries");
  }

  @Test
  void pseudonymsStandInForChildIdsAndTheLocatorIsLeftOut() {
    String html = ReportWriter.html().withChildIds(false).write(ReportWriterTest.sample());
    assertThat(html).doesNotContain("C1").doesNotContain("C2").doesNotContain("01/06/2024")
        .contains(">child P1</a>").contains(">child P2</a>").contains("episodes.csv:6");
  }

  @Test
  void aReportWithoutFindingsSaysSo() {
    String html = ReportWriter.html().write(ValidationReport.builder().checked(1).putOutcomes("101", new RuleOutcome.Passed()).build());
    assertThat(html).contains("class=\"verdict\">VALID: 1 child checked").contains("No rule failed.").contains("No finding.");
  }

  private static String between(String text, String open, String close) {
    int start = text.indexOf(open) + open.length();
    return text.substring(start, text.indexOf(close, start));
  }
}
