package io.github.cscreturns.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.conformance.ConformanceTest.RuleResult;
import io.github.cscreturns.serialization.cin.CinChildReader;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.CinRuleMetadata;
import io.github.cscreturns.validation.cin.CinRuleSet;
import io.github.cscreturns.validation.cin.CinValidator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every year's CIN rule set on the CIN conformance corpus ({@code ../shared/conformance/cin/},
 * two mutated returns per year) and compares each rule's findings with the reference answers on
 * (table, position of the record among the elements of its kind in the file); a whole-return finding
 * is compared as having no record. It keeps {@code docs/conformance-cin.md} equal to the comparison
 * (rewritten with {@code -Dcsc.updateDocs=true}) and fails when a rule that agreed in the checked-in
 * baseline ({@code src/test/resources/cin-baseline.csv}) no longer does ({@code -Dcsc.updateBaseline=true}
 * rewrites it). {@code -Dcsc.cin.rules=8610,8620} narrows a run to some rules and prints the rows
 * that differ (the docs and baseline checks are then skipped).
 *
 * <p>Skipped, with a message, when the corpus is absent.
 */
class CinConformanceTest {
  private static final String RULES = "csc.cin.rules";

  private static CinComparison comparison;
  private static String skipReason;
  private static Set<String> only = Set.of();

  /** A year's results. */
  static final class YearResult {
    final CollectionYear year;
    final List<String> seeds = new ArrayList<>();
    final Map<String, RuleResult> compared = new LinkedHashMap<>();
    final Map<String, Integer> notImplemented = new LinkedHashMap<>();
    final Set<String> noReferenceAnswer = new TreeSet<>();
    final Map<String, String> erroredByUs = new LinkedHashMap<>();

    YearResult(CollectionYear year) {
      this.year = year;
    }
  }

  record CinComparison(List<YearResult> years) {}

  @BeforeAll
  static void compare() throws IOException {
    Path corpus = Path.of(System.getProperty("csc.conformance.dir", ConformanceTest.repositoryRoot().resolve("../shared/conformance").toString()))
        .resolve("cin");
    if (!Files.isDirectory(corpus)) {
      skipReason = "The CIN conformance corpus " + corpus.normalize() + " is absent: the comparison with the reference is skipped.";
      System.out.println(skipReason);
      return;
    }
    String rules = System.getProperty(RULES, "").strip();
    if (!rules.isEmpty()) {
      only = new LinkedHashSet<>(Arrays.asList(rules.split("\\s*,\\s*")));
    }
    comparison = run(corpus);
    if (!only.isEmpty()) {
      print(comparison);
    }
  }

  static CinComparison run(Path corpus) throws IOException {
    Map<CollectionYear, YearResult> byYear = new LinkedHashMap<>();
    try (Stream<Path> years = Files.list(corpus)) {
      for (Path y : years.filter(Files::isDirectory).sorted().toList()) {
        if (!y.getFileName().toString().matches("\\d{4}-\\d{2}")) {
          continue;
        }
        CollectionYear year = CollectionYear.parse(y.getFileName().toString());
        try (Stream<Path> seeds = Files.list(y)) {
          for (Path s : seeds.filter(p -> Files.exists(p.resolve("return.xml"))).sorted().toList()) {
            compareSet(byYear.computeIfAbsent(year, YearResult::new), s);
          }
        }
      }
    }
    for (YearResult y : byYear.values()) {
      y.compared.values().removeIf(r -> {
        if (r.setsCompared == 0) {
          y.noReferenceAnswer.add(r.code);
          return true;
        }
        return false;
      });
    }
    return new CinComparison(new ArrayList<>(byYear.values()));
  }

  private static void compareSet(YearResult year, Path set) throws IOException {
    year.seeds.add(set.getFileName().toString());
    CinRuleSet rules = CinRuleSet.forYear(year.year);
    if (!only.isEmpty()) {
      rules = rules.only(only);
    }
    ValidationReport report;
    try (CinChildReader children = CinXml.reader(set.resolve("return.xml"))) {
      report = CinValidator.of(rules).validate(children.header(), children);
    }
    Map<String, Set<String>> ours = new HashMap<>();
    for (Finding f : report.findings()) {
      ours.computeIfAbsent(f.ruleCode(), k -> new LinkedHashSet<>()).add(key(f.table(), f.recordIndex().isPresent() ? f.recordIndex().getAsInt() : -1));
    }
    writeOurs(year.year, set, report);
    Answers answers = Answers.read(set);
    for (CinRuleMetadata m : rules.catalogue().rules()) {
      String code = m.code();
      if (!only.isEmpty() && !only.contains(code)) {
        continue;
      }
      Set<String> ref = answers.findings.getOrDefault(code, Set.of());
      boolean answered = "done".equals(answers.status.get(code));
      if (!rules.isImplemented(code)) {
        year.notImplemented.merge(code, answered ? ref.size() : 0, Integer::sum);
        continue;
      }
      if (report.outcome(code).orElse(null) instanceof RuleOutcome.Errored e) {
        year.erroredByUs.put(code, e.firstError());
      }
      RuleResult r = year.compared.computeIfAbsent(code, RuleResult::new);
      if (!answered) {
        continue;
      }
      r.compare(set.getFileName().toString(), ref, ours.getOrDefault(code, Set.of()));
    }
  }

  private static String key(String table, int row) {
    return (table.isEmpty() ? "return" : table) + ":" + row;
  }

  /** The reference's findings and rule statuses of one set. */
  record Answers(Map<String, Set<String>> findings, Map<String, String> status) {
    static Answers read(Path set) throws IOException {
      Map<String, Set<String>> findings = new HashMap<>();
      List<String> lines = Files.readAllLines(set.resolve("findings.csv"), StandardCharsets.UTF_8);
      for (String line : lines.subList(1, lines.size())) {
        if (line.isBlank()) {
          continue;
        }
        // rule_code,rule_type,table,row_index,... : the first four cells are never quoted.
        String[] c = line.split(",", 5);
        findings.computeIfAbsent(c[0], k -> new LinkedHashSet<>()).add(key(c[2], Integer.parseInt(c[3])));
      }
      Map<String, String> status = new HashMap<>();
      List<String> st = Files.readAllLines(set.resolve("rule-status.csv"), StandardCharsets.UTF_8);
      for (String line : st.subList(1, st.size())) {
        if (!line.isBlank()) {
          String[] c = line.split(",", 3);
          status.put(c[0], c[1]);
        }
      }
      return new Answers(findings, status);
    }
  }

  private static void writeOurs(CollectionYear year, Path set, ValidationReport report) throws IOException {
    Path dir = Path.of("target", "conformance", "cin", year.label(), set.getFileName().toString());
    Files.createDirectories(dir);
    StringBuilder b = new StringBuilder("rule_code,table,row_index,child_id,line\n");
    for (Finding f : report.findings()) {
      b.append(f.ruleCode()).append(',').append(f.table()).append(',')
          .append(f.recordIndex().isPresent() ? Integer.toString(f.recordIndex().getAsInt()) : "-1").append(',')
          .append(f.childId().map(id -> id.value()).orElse("")).append(',')
          .append(f.source().flatMap(s -> s.line().isPresent() ? java.util.Optional.of(s.line().getAsInt()) : java.util.Optional.empty()).map(String::valueOf).orElse(""))
          .append('\n');
    }
    Files.writeString(dir.resolve("findings.csv"), b.toString(), StandardCharsets.UTF_8);
  }

  private static void print(CinComparison c) {
    for (YearResult y : c.years()) {
      for (RuleResult r : y.compared.values()) {
        System.out.printf("%s %-6s %s reference %d, ours %d, common %d (sets agreeing %d of %d)%n",
            y.year.label(), r.code, r.agrees() ? "AGREES " : "DIFFERS", r.reference, r.ours, r.common, r.setsAgreeing, r.setsCompared);
        r.onlyReferenceRows.forEach(k -> System.out.println("    only reference: " + k));
        r.onlyOurRows.forEach(k -> System.out.println("    only ours:      " + k));
      }
      y.noReferenceAnswer.forEach(code -> System.out.println(y.year.label() + " " + code + " no reference answer on any set"));
      y.erroredByUs.forEach((code, e) -> System.out.println(y.year.label() + " " + code + " ERRORED: " + e));
    }
  }

  // ------------------------------------------------------------------ tests

  @Test
  void docsConformanceCinMdIsGeneratedFromTheComparison() throws IOException {
    assumeTrue(comparison != null, skipReason);
    assumeTrue(only.isEmpty(), "narrowed to " + only);
    Path file = ConformanceTest.repositoryRoot().resolve("docs").resolve("conformance-cin.md");
    RecordedDepartures departures = RecordedDepartures.read(ConformanceTest.repositoryRoot().resolve("docs").resolve("cin-rule-interpretations.md"));
    String generated = CinConformanceDoc.generate(comparison, departures);
    if (Boolean.getBoolean(ConformanceTest.UPDATE_DOCS)) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    assertThat(existing)
        .as("docs/conformance-cin.md is out of date with the comparison; regenerate it with "
            + "`mvn -B -ntp -o verify -pl conformance -am -Dcsc.updateDocs=true` and commit it")
        .isEqualTo(generated);
  }

  @Test
  void everyCinRuleThatAgreedInTheBaselineStillAgrees() throws IOException {
    assumeTrue(comparison != null, skipReason);
    assumeTrue(only.isEmpty(), "narrowed to " + only);
    Path file = ConformanceTest.repositoryRoot().resolve("conformance/src/test/resources/cin-baseline.csv");
    Set<String> agreeing = new TreeSet<>();
    Map<String, RuleResult> all = new HashMap<>();
    for (YearResult y : comparison.years()) {
      for (RuleResult r : y.compared.values()) {
        String key = y.year.label() + "," + r.code;
        all.put(key, r);
        if (r.agrees()) {
          agreeing.add(key);
        }
      }
    }
    if (Boolean.getBoolean(ConformanceTest.UPDATE_BASELINE)) {
      Baseline.write(file, agreeing);
    }
    List<String> stopped = new ArrayList<>();
    for (String key : Baseline.read(file)) {
      if (!agreeing.contains(key)) {
        RuleResult r = all.get(key);
        stopped.add(key + (r == null ? " (no longer compared)" : " (reference " + r.reference + ", ours " + r.ours + ", common " + r.common + ")"));
      }
    }
    assertThat(stopped).as("CIN rules that agreed with the reference (cin-baseline.csv) and no longer do").isEmpty();
  }

  @Test
  void theComparisonCoversEveryYearAndBothSetsOfEach() {
    assumeTrue(comparison != null, skipReason);
    assertThat(comparison.years()).extracting(y -> y.year.label()).containsExactly("2022-23", "2023-24", "2024-25", "2025-26");
    assertThat(comparison.years()).allSatisfy(y -> assertThat(y.seeds).hasSize(2));
  }

  @Test
  void noRuleThrowsOnTheCorpus() {
    assumeTrue(comparison != null, skipReason);
    assertThat(comparison.years()).allSatisfy(y -> assertThat(y.erroredByUs).as(y.year.label()).isEmpty());
  }
}
