package io.github.cscreturns.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one reading rule (docs/reading-rules.md) as the rules see it, per group of rules, through the
 * readers and the validator, from CSV and from the same return through the XML: case does not matter,
 * spaces around an item do, only an empty item is blank, a date is d/m/yyyy with nothing around it.
 * Each child carries one such item; the test names the rule that must fire, or stay silent, on it.
 */
class ReadingRulesTest {
  static final CollectionYear YEAR = CollectionYear.Y2024_25;

  @TempDir static Path dir;

  static Set<String> fromCsv;
  static Set<String> fromXml;

  private static final String HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\n";
  private static final String EPISODES = "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\r\n";

  @BeforeAll
  static void validate() throws IOException {
    Path in = Files.createDirectory(dir.resolve("in"));
    Path last = Files.createDirectory(dir.resolve("last"));
    Files.writeString(in.resolve("header.csv"), HEADER
        // codes: case aside, spaces kept
        + "C01,m,01/07/2010,WBRI,UN2,,\r\n"
        + "C02, M,01/07/2010,WBRI,UN2,,\r\n"
        + "C03,M,01/07/2010,wbri,UN2,,\r\n"
        + "C04,M,01/07/2010,WBRI ,UN2,,\r\n"
        // an item of spaces is text, not blank
        + "C05,  ,01/07/2010,WBRI,UN2,,\r\n"
        // dates: d/m/yyyy, nothing around it
        + "C06,M,1/7/2010,WBRI,UN2,,\r\n"
        + "C07,M, 01/07/2010,WBRI,UN2,,\r\n"
        // identifiers: case aside, spaces kept
        + "C08,M,01/07/2010,WBRI,un1,,\r\n"
        + "C09,M,01/07/2010,WBRI,t056190207170,,\r\n"
        + "C10,M,01/07/2010,WBRI, T056190207170,,\r\n"
        // compared with last year as judged
        + "C11,M,01/07/2010,WBRI,UN2,,\r\n"
        + "C12,m,01/07/2010,WBRI,UN2,,\r\n"
        + "C13,M,01/07/2010,WBRI,UN2,,\r\n"
        + "C14,M,01/07/2010,WBRI,UN2,,\r\n"
        + "C15,M,01/07/2010,WBRI,UN2,,\r\n", StandardCharsets.UTF_8);
    Files.writeString(in.resolve("episodes.csv"), EPISODES
        + "C13,01/05/2024,S,C2,N1,u3,PR1,,,,tw9 1aa,TW9 1AA,\r\n"
        + "C14,01/05/2024,S,C2,N1,U3 ,PR1,,,, TW9 1AA,TW9 1AA,\r\n"
        + "C15,01/05/2024,S,c2,N1,U3,pr1,,,,TW9 1AA,TW9 1AA,\r\n", StandardCharsets.UTF_8);
    Files.writeString(last.resolve("header.csv"), HEADER
        + "C11, M,01/07/2010,WBRI,UN2,,\r\n"
        + "C12,M,01/07/2010,WBRI,UN2,,\r\n", StandardCharsets.UTF_8);
    List<Child> children = Ssda903Csv.read(in);
    List<Child> previous = Ssda903Csv.read(last);
    fromCsv = findings(children, previous);
    fromXml = findings(throughXml(children), throughXml(previous));
  }

  private static List<Child> throughXml(List<Child> children) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Ssda903XmlWriter w = Ssda903Xml.writer(bytes, YEAR)) {
      w.writeAll(children);
    }
    List<Child> back = new ArrayList<>();
    try (var r = Ssda903Xml.reader(new ByteArrayInputStream(bytes.toByteArray()), "reading.xml")) {
      r.forEachRemaining(back::add);
    }
    return back;
  }

  private static Set<String> findings(List<Child> children, List<Child> previous) {
    Set<String> out = new TreeSet<>();
    for (Finding f : Validator.builder(RuleSet.forYear(YEAR)).la(LaCode.of("318")).previousYear(previous).build().validate(children).findings()) {
      out.add(f.ruleCode() + " " + f.childId().map(id -> id.value()).orElse("?"));
    }
    return out;
  }

  private static void fires(String rule, String child) {
    assertThat(fromCsv).as("CSV").contains(rule + " " + child);
    assertThat(fromXml).as("XML").contains(rule + " " + child);
  }

  private static void silent(String rule, String child) {
    assertThat(fromCsv).as("CSV").doesNotContain(rule + " " + child);
    assertThat(fromXml).as("XML").doesNotContain(rule + " " + child);
  }

  @Test
  void aCodeInLowerCaseIsTheCodeAPaddedOneIsNot() {
    silent("101", "C01");
    fires("101", "C02");
    silent("103", "C03");
    fires("103", "C04");
    silent("146", "C13");
    fires("146", "C14");
  }

  @Test
  void anItemOfSpacesIsTextNotBlank() {
    fires("101", "C05");
  }

  @Test
  void aDateIsDayMonthYearWithNothingAroundIt() {
    silent("102", "C06");
    fires("102", "C07");
  }

  @Test
  void anIdentifierIsJudgedUpperCasedWithItsSpaces() {
    fires("209", "C08");
    silent("168", "C08");
    silent("168", "C09");
    fires("168", "C10");
  }

  @Test
  void aPostcodeIsLookedUpAndFormedCaseAndSpacesAside() {
    silent("392c", "C13");
    silent("392c", "C14");
  }

  @Test
  void twoYearsItemsAreComparedAsJudged() {
    fires("202", "C11");
    silent("202", "C12");
  }

  @Test
  void codesReadWhateverTheirCaseServeTheRulesAcrossItems() {
    // LS c2 and PLACE_PROVIDER pr1 are C2 and PR1: no code rule fires on them
    silent("144", "C15");
    silent("178", "C15");
  }
}
