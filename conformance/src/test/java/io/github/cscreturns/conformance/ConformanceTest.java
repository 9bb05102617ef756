package io.github.cscreturns.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.reference.OnsPostcodeDirectory;
import io.github.cscreturns.reference.ofsted.OfstedProviders;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleMetadata;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs every year's SSDA903 rule set on the conformance corpus ({@code ../shared/conformance/ssda903/},
 * two mutated returns per year with last year's) and compares each rule's findings with the
 * reference answers on (table, row). It keeps {@code docs/conformance.md} equal to the comparison
 * (rewritten with {@code -Dcsc.updateDocs=true}) and fails when a rule that agreed in the checked-in
 * baseline ({@code src/test/resources/baseline.csv}) no longer does; rules that newly agree are added
 * to the baseline with {@code -Dcsc.updateBaseline=true}.
 *
 * <p>Our validator is given what the reference was given, as far as the library can take it: the
 * previous year's return, LA 318 (E09000027), and the ONSPD postcode directory (November 2025, the
 * reference module's bundled snapshot of {@code ../shared/reference/}) and the two Ofsted lists the reference was given
 * ({@code ssda903/ofsted/ch_fake.xlsx}, {@code scp_fake.xlsx}), read by the reference module's Ofsted reader. A rule the reference could not run
 * on a set (status failed or skipped) has no answer there and is compared on the other set only.
 *
 * <p>Skipped, with a message, when the corpus is absent (as it may be in CI).
 */
class ConformanceTest {
  static final String UPDATE_DOCS = "csc.updateDocs";
  static final String UPDATE_BASELINE = "csc.updateBaseline";
  static final LaCode LA = LaCode.of("318");

  private static Comparison comparison;
  private static String skipReason;

  @BeforeAll
  static void compare() throws IOException {
    Path corpus = Path.of(System.getProperty("csc.conformance.dir", repositoryRoot().resolve("../shared/conformance").toString()))
        .resolve("ssda903");
    if (!Files.isDirectory(corpus)) {
      skipReason = "The conformance corpus " + corpus.normalize() + " is absent: the comparison with the reference is skipped.";
      System.out.println(skipReason);
      return;
    }
    comparison = run(corpus);
  }

  record SetDir(CollectionYear year, String seed, Path dir) {}

  /** One rule of one year over the year's sets. */
  static final class RuleResult {
    final String code;
    int reference;
    int ours;
    int common;
    int onlyReference;
    int onlyOurs;
    int setsCompared;
    int setsAgreeing;
    /** Up to {@link #EXAMPLES} rows only the reference flags, and only we flag, as "set table:row". */
    final List<String> onlyReferenceRows = new ArrayList<>();
    final List<String> onlyOurRows = new ArrayList<>();

    static final int EXAMPLES = 12;

    RuleResult(String code) {
      this.code = code;
    }

    boolean agrees() {
      return setsCompared > 0 && setsAgreeing == setsCompared;
    }

    /** Adds one set's comparison: the records (as "table:row") the reference flags and we flag. */
    void compare(String set, Set<String> ref, Set<String> mine) {
      setsCompared++;
      reference += ref.size();
      ours += mine.size();
      int inCommon = 0;
      for (String k : mine) {
        if (ref.contains(k)) {
          inCommon++;
        } else if (onlyOurRows.size() < EXAMPLES) {
          onlyOurRows.add(set + " " + k);
        }
      }
      for (String k : ref) {
        if (!mine.contains(k) && onlyReferenceRows.size() < EXAMPLES) {
          onlyReferenceRows.add(set + " " + k);
        }
      }
      common += inCommon;
      onlyReference += ref.size() - inCommon;
      onlyOurs += mine.size() - inCommon;
      if (inCommon == ref.size() && inCommon == mine.size()) {
        setsAgreeing++;
      }
    }
  }

  /** A year's results: compared rules, and those not compared with why. */
  static final class YearResult {
    final CollectionYear year;
    final List<String> seeds = new ArrayList<>();
    final Map<String, RuleResult> compared = new LinkedHashMap<>();
    /** Rules we do not implement: reference findings over the year's sets. */
    final Map<String, Integer> notImplemented = new LinkedHashMap<>();
    /** Rules we implement but skipped here, with why, and the reference's findings. */
    final Map<String, String> skippedByUs = new LinkedHashMap<>();
    final Map<String, Integer> skippedByUsReference = new LinkedHashMap<>();
    /** Rules with no reference answer on any set of the year. */
    final Set<String> noReferenceAnswer = new TreeSet<>();
    /** Rules the reference ran that are not in our catalogue of the year. */
    final Set<String> notInCatalogue = new TreeSet<>();

    YearResult(CollectionYear year) {
      this.year = year;
    }
  }

  record Comparison(List<YearResult> years) {}

  static Comparison run(Path corpus) throws IOException {
    List<SetDir> sets = new ArrayList<>();
    try (Stream<Path> years = Files.list(corpus)) {
      for (Path y : years.filter(Files::isDirectory).sorted().toList()) {
        if (!y.getFileName().toString().matches("\\d{4}-\\d{2}")) {
          continue;
        }
        CollectionYear year = CollectionYear.parse(y.getFileName().toString());
        try (Stream<Path> seeds = Files.list(y)) {
          for (Path s : seeds.filter(p -> Files.isDirectory(p.resolve("in"))).sorted().toList()) {
            sets.add(new SetDir(year, s.getFileName().toString(), s));
          }
        }
      }
    }
    // The reference module's bundled ONSPD snapshot is the November 2025 directory the answers were made with.
    // The Ofsted lists are the two spreadsheets the reference was given (ofsted/ch_fake.xlsx, scp_fake.xlsx).
    Path ofsted = corpus.resolve("ofsted");
    Optional<OfstedProviders> providers =
        Files.isDirectory(ofsted)
            ? Optional.of(OfstedProviders.read(List.of(ofsted.resolve("ch_fake.xlsx"), ofsted.resolve("scp_fake.xlsx"))))
            : Optional.empty();
    ReferenceData referenceData =
        ReferenceData.of(Optional.of(OnsPostcodeDirectory.bundled()), providers.<ReferenceData.ProviderDirectory>map(p -> p));

    Map<CollectionYear, YearResult> byYear = new LinkedHashMap<>();
    for (SetDir s : sets) {
      YearResult year = byYear.computeIfAbsent(s.year(), YearResult::new);
      year.seeds.add(s.seed());
      RuleSet rules = RuleSet.forYear(s.year());
      List<Child> last = Files.isDirectory(s.dir().resolve("last")) ? Ssda903Csv.read(s.dir().resolve("last")) : List.of();
      List<Child> in = Ssda903Csv.read(s.dir().resolve("in"));
      ValidationReport report =
          Validator.builder(rules)
              .la(LA)
              .referenceData(referenceData)
              .previousYear(last)
              .parallelism(2)
              .build()
              .validate(in);
      Map<String, Set<String>> ours = new HashMap<>();
      for (Finding f : report.findings()) {
        String row = f.recordIndex().isPresent() ? Integer.toString(f.recordIndex().getAsInt()) : "?";
        ours.computeIfAbsent(f.ruleCode(), k -> new HashSet<>()).add(f.table() + ":" + row);
      }
      writeOurs(s, report);
      ReferenceAnswers answers = ReferenceAnswers.read(s.dir());
      Set<String> catalogue = new HashSet<>();
      for (RuleMetadata m : rules.catalogue().rules()) {
        String code = m.code();
        catalogue.add(code);
        Set<String> ref = answers.of(code);
        if (!rules.isImplemented(code)) {
          year.notImplemented.merge(code, answers.answered(code) ? ref.size() : 0, Integer::sum);
          continue;
        }
        RuleOutcome outcome = report.outcome(code).orElse(null);
        if (outcome instanceof RuleOutcome.Skipped skipped) {
          year.skippedByUs.put(code, skipped.reason());
          year.skippedByUsReference.merge(code, answers.answered(code) ? ref.size() : 0, Integer::sum);
          continue;
        }
        RuleResult r = year.compared.computeIfAbsent(code, RuleResult::new);
        if (!answers.answered(code)) {
          continue;
        }
        r.compare(s.seed(), ref, ours.getOrDefault(code, Set.of()));
      }
      for (String code : answers.status().keySet()) {
        if (!catalogue.contains(code)) {
          year.notInCatalogue.add(code);
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
    return new Comparison(new ArrayList<>(byYear.values()));
  }

  /**
   * Our findings on the set, as {@code rule_code,table,row_index,child_id} like the reference's
   * findings.csv, in {@code target/conformance/YEAR/SEED/findings.csv}, for reading a disagreement
   * row by row (with {@code ../shared/conformance/compare.py} or beside mutations.log).
   */
  private static void writeOurs(SetDir s, ValidationReport report) throws IOException {
    Path dir = Path.of("target", "conformance", s.year().label(), s.seed());
    Files.createDirectories(dir);
    StringBuilder b = new StringBuilder("rule_code,table,row_index,child_id\n");
    for (Finding f : report.findings()) {
      b.append(f.ruleCode()).append(',').append(f.table()).append(',')
          .append(f.recordIndex().isPresent() ? Integer.toString(f.recordIndex().getAsInt()) : "").append(',')
          .append(f.childId().map(id -> id.value()).orElse("")).append('\n');
    }
    Files.writeString(dir.resolve("findings.csv"), b.toString(), StandardCharsets.UTF_8);
  }

  // ------------------------------------------------------------------ tests

  @Test
  void docsConformanceMdIsGeneratedFromTheComparison() throws IOException {
    assumeTrue(comparison != null, skipReason);
    Path file = repositoryRoot().resolve("docs").resolve("conformance.md");
    RecordedDepartures departures = RecordedDepartures.read(repositoryRoot().resolve("docs").resolve("rule-interpretations.md"));
    String generated = ConformanceDoc.generate(comparison, departures);
    if (Boolean.getBoolean(UPDATE_DOCS)) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    String existing = Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    if (!existing.equals(generated)) {
      List<String> now = existing.lines().toList();
      List<String> want = generated.lines().toList();
      int i = 0;
      while (i < now.size() && i < want.size() && now.get(i).equals(want.get(i))) {
        i++;
      }
      throw new AssertionError(
          "docs/conformance.md is out of date with the comparison; regenerate it with "
              + "`mvn -B -ntp -o verify -pl conformance -am -Dcsc.updateDocs=true` and commit it. First difference at line "
              + (i + 1) + ": expected \"" + (i < want.size() ? want.get(i) : "<end>") + "\" but found \""
              + (i < now.size() ? now.get(i) : "<end>") + "\"");
    }
  }

  @Test
  void everyRuleThatAgreedInTheBaselineStillAgrees() throws IOException {
    assumeTrue(comparison != null, skipReason);
    Path file = repositoryRoot().resolve("conformance/src/test/resources/baseline.csv");
    Set<String> baseline = new TreeSet<>(Baseline.read(file));
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
    if (Boolean.getBoolean(UPDATE_BASELINE)) {
      Baseline.write(file, agreeing);
      baseline = agreeing;
    }
    Set<String> newlyAgreeing = new TreeSet<>(agreeing);
    newlyAgreeing.removeAll(baseline);
    if (!newlyAgreeing.isEmpty()) {
      System.out.println(
          newlyAgreeing.size() + " rule(s) now agree with the reference but are not in the baseline " + newlyAgreeing
              + "; add them with `mvn -B -ntp -o verify -pl conformance -am -Dcsc.updateBaseline=true` and commit "
              + "conformance/src/test/resources/baseline.csv.");
    }
    List<String> stopped = new ArrayList<>();
    for (String key : baseline) {
      if (!agreeing.contains(key)) {
        RuleResult r = all.get(key);
        stopped.add(
            key.replace(',', ' ')
                + (r == null
                    ? " (no longer compared: not implemented, skipped or gone from the catalogue)"
                    : " (reference " + r.reference + ", ours " + r.ours + ", only reference " + r.onlyReference + ", only ours " + r.onlyOurs + ")"));
      }
    }
    assertThat(stopped)
        .as("Rules that agreed with the reference (baseline.csv) and no longer do; see docs/conformance.md after "
            + "regenerating it, and fix the rule, or record the departure with the DfE text that justifies it and "
            + "drop it from the baseline (-Dcsc.updateBaseline=true rewrites it to the rules agreeing now)")
        .isEmpty();
  }

  /**
   * A return with data in every table, given last year's return, the returning LA and the reference
   * data, runs every implemented rule of its year: none is skipped, and only 411 (which cannot be
   * computed from a return) is not implemented.
   */
  @Test
  void givenLastYearAndTheReferenceDataNoRuleIsSkipped() {
    assumeTrue(comparison != null, skipReason);
    for (YearResult y : comparison.years()) {
      assertThat(y.skippedByUs).as("rules skipped in %s", y.year.label()).isEmpty();
      assertThat(y.notImplemented.keySet()).as("rules not implemented in %s", y.year.label()).containsExactly("411");
    }
  }

  /**
   * Without the postcode directory and the Ofsted lists, the rules that need them are skipped, each
   * with that reason, and every other rule still runs (one set of each year).
   */
  @Test
  void withoutReferenceDataOnlyTheRulesNeedingItAreSkipped() throws IOException {
    assumeTrue(comparison != null, skipReason);
    Path corpus = Path.of(System.getProperty("csc.conformance.dir", repositoryRoot().resolve("../shared/conformance").toString()))
        .resolve("ssda903");
    for (YearResult y : comparison.years()) {
      Path set = corpus.resolve(y.year.label()).resolve(y.seeds.get(0));
      RuleSet rules = RuleSet.forYear(y.year);
      ValidationReport report =
          Validator.builder(rules).la(LA).previousYear(Ssda903Csv.read(set.resolve("last"))).parallelism(2).build()
              .validate(Ssda903Csv.read(set.resolve("in")));
      Set<String> needingReferenceData = new TreeSet<>();
      rules.rules().forEach(r -> {
        if (needsReferenceData(r.requirements())) {
          needingReferenceData.add(r.code());
        }
      });
      rules.returnRules().forEach(r -> {
        if (needsReferenceData(r.requirements())) {
          needingReferenceData.add(r.code());
        }
      });
      assertThat(needingReferenceData).as("rules needing reference data in %s", y.year.label()).isNotEmpty();
      Set<String> skipped = new TreeSet<>();
      for (RuleMetadata m : rules.catalogue().rules()) {
        if (rules.isImplemented(m.code()) && report.outcome(m.code()).orElseThrow() instanceof RuleOutcome.Skipped s) {
          skipped.add(m.code());
          assertThat(s.reason()).as("why %s is skipped in %s", m.code(), y.year.label()).contains("reference data");
        }
      }
      assertThat(skipped).as("rules skipped in %s without reference data", y.year.label()).isEqualTo(needingReferenceData);
    }
  }

  private static boolean needsReferenceData(Set<Requirement> requirements) {
    return requirements.contains(Requirement.POSTCODE_DIRECTORY) || requirements.contains(Requirement.PROVIDER_DIRECTORY);
  }

  @Test
  void theComparisonCoversEveryYearAndBothSetsOfEach() {
    assumeTrue(comparison != null, skipReason);
    assertThat(comparison.years()).extracting(y -> y.year.label()).contains("2022-23", "2023-24", "2024-25", "2025-26", "2026-27");
    assertThat(comparison.years()).allSatisfy(y -> {
      assertThat(y.seeds).hasSize(2);
      assertThat(y.compared).hasSizeGreaterThan(100);
    });
  }

  static Path repositoryRoot() {
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve("VERSIONING.md")) && Files.exists(p.resolve("pom.xml"))) {
        return p;
      }
    }
    throw new IllegalStateException("Cannot find the repository root (VERSIONING.md) above the working directory");
  }
}
