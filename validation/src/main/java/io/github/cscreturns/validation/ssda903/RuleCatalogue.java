package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.codesets.internal.csv.MalformedCsvException;
import io.github.cscreturns.validation.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE's published rules of one collection year (code, message, fields, tables, severity), from
 * the golden catalogue file checked in beside this class ({@code catalogue/2024-25.csv}). A test keeps
 * each file equal to the DfE rule list in the specification.
 */
public final class RuleCatalogue {
  private final CollectionYear year;
  private final Map<String, RuleMetadata> byCode;
  private final List<RuleMetadata> rules;

  private RuleCatalogue(CollectionYear year, Map<String, RuleMetadata> byCode) {
    this.year = year;
    this.byCode = byCode;
    this.rules = List.copyOf(byCode.values());
  }

  /**
   * The collection years that have a catalogue, oldest first.
   *
   * @return the collection years that have a catalogue, oldest first
   */
  public static List<CollectionYear> years() {
    return List.of(
        CollectionYear.Y2022_23,
        CollectionYear.Y2023_24,
        CollectionYear.Y2024_25,
        CollectionYear.Y2025_26,
        CollectionYear.Y2026_27);
  }

  /**
   * The catalogue of the year.
   *
   * @param year the collection year
   * @return the catalogue of the year
   * @throws IllegalArgumentException if the year has no catalogue (before 2022-23)
   */
  public static RuleCatalogue of(CollectionYear year) {
    return CACHE.computeIfAbsent(year, RuleCatalogue::load);
  }

  private static final java.util.concurrent.ConcurrentMap<CollectionYear, RuleCatalogue> CACHE =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static RuleCatalogue load(CollectionYear year) {
    String name = "catalogue/" + year.label() + ".csv";
    InputStream in = RuleCatalogue.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalArgumentException(
          "No SSDA903 rule catalogue for " + year + "; catalogues exist for " + years());
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      Map<String, RuleMetadata> map = new LinkedHashMap<>();
      CsvRows csv = CsvRows.of(reader, CsvRows.Limits.OWN_FILES);
      CsvRows.Row header = csv.next();
      if (header == null || !header.cells().equals(List.of("code", "severity", "tables", "fields", "message"))) {
        throw new IllegalStateException("Unexpected catalogue header in " + name);
      }
      for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
        List<String> cells = row.cells();
        if (cells.size() == 1 && cells.get(0).isEmpty()) {
          continue;
        }
        RuleMetadata m =
            RuleMetadata.builder()
                .code(cells.get(0))
                .severity(Severity.valueOf(cells.get(1).toUpperCase(java.util.Locale.ROOT)))
                .tables(split(cells.get(2)))
                .fields(split(cells.get(3)))
                .message(cells.get(4))
                .stage(Stage.namedInCode(cells.get(0)))
                .build();
        if (map.put(m.code(), m) != null) {
          throw new IllegalStateException("Rule " + m.code() + " twice in " + name);
        }
      }
      return new RuleCatalogue(year, java.util.Collections.unmodifiableMap(map));
    } catch (MalformedCsvException e) {
      throw new IllegalStateException("Malformed catalogue " + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> split(String semicolonList) {
    if (semicolonList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(semicolonList.split(";")).map(String::strip).toList();
  }

  /**
   * The collection year of the catalogue.
   *
   * @return the year
   */
  public CollectionYear year() {
    return year;
  }

  /**
   * Every rule of the year, in the catalogue's order.
   *
   * @return every rule of the year, in the catalogue's order
   */
  public List<RuleMetadata> rules() {
    return rules;
  }

  /**
   * Code, severity and message of every rule, for report writers.
   *
   * @return code, severity and message of every rule, for report writers
   */
  public List<io.github.cscreturns.validation.report.RuleSummary> summaries() {
    return rules.stream()
        .map(m -> new io.github.cscreturns.validation.report.RuleSummary(m.code(), m.severity(), m.message()))
        .toList();
  }

  /**
   * The rule with the code, if the year has it.
   *
   * @param code the code
   * @return the rule with the code, if the year has it
   */
  public Optional<RuleMetadata> rule(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Whether the year's catalogue has a rule with this code.
   *
   * @param code the rule code, as the DfE writes it
   * @return whether the rule is catalogued
   */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }
}
