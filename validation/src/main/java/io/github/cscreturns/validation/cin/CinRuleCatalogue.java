package io.github.cscreturns.validation.cin;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The DfE's CIN census rules of one collection year (code, message, severity, level, tables, items),
 * from the catalogue file checked in beside this class ({@code catalogue/2024-25.csv}). A test keeps
 * each file equal to the DfE rule list of the specification for its year.
 *
 * @since 2022-23
 */
public final class CinRuleCatalogue {
  private static final ConcurrentMap<CollectionYear, CinRuleCatalogue> CACHE = new ConcurrentHashMap<>();
  private static final String HEADER = "code,severity,level,tables,fields,message";

  private final CollectionYear year;
  private final Map<String, CinRuleMetadata> byCode;

  private CinRuleCatalogue(CollectionYear year, Map<String, CinRuleMetadata> byCode) {
    this.year = year;
    this.byCode = byCode;
  }

  /**
   * The collection years that have a CIN catalogue, oldest first.
   *
   * @return the collection years that have a CIN catalogue, oldest first
   */
  public static List<CollectionYear> years() {
    return List.of(CollectionYear.Y2022_23, CollectionYear.Y2023_24, CollectionYear.Y2024_25, CollectionYear.Y2025_26);
  }

  /**
   * The catalogue of the year.
   *
   * @param year the collection year
   * @return the catalogue of the year
   * @throws IllegalArgumentException if the year has no CIN catalogue
   */
  public static CinRuleCatalogue of(CollectionYear year) {
    if (!years().contains(year)) {
      throw new IllegalArgumentException("No CIN rule catalogue for " + year.label() + "; catalogues exist for 2022-23 to 2025-26");
    }
    return CACHE.computeIfAbsent(year, CinRuleCatalogue::load);
  }

  /**
   * The collection year of the catalogue.
   *
   * @return the collection year of the catalogue
   */
  public CollectionYear year() {
    return year;
  }

  /**
   * Every rule of the year, in the DfE's order.
   *
   * @return every rule of the year, in the DfE's order
   */
  public List<CinRuleMetadata> rules() {
    return List.copyOf(byCode.values());
  }

  /**
   * The rule of the code, if the year has it.
   *
   * @param code the DfE rule code
   * @return the rule of the code, if the year has it
   */
  public Optional<CinRuleMetadata> rule(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /**
   * Whether the year has a rule of the code.
   *
   * @param code the DfE rule code
   * @return whether the year has a rule of the code
   */
  public boolean contains(String code) {
    return byCode.containsKey(code);
  }

  private static CinRuleCatalogue load(CollectionYear year) {
    String name = "catalogue/" + year.label() + ".csv";
    InputStream in = CinRuleCatalogue.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("The CIN rule catalogue " + name + " is missing from the library");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvRows csv = CsvRows.of(reader, CsvRows.Limits.OWN_FILES);
      CsvRows.Row header = csv.next();
      if (header == null || !String.join(",", header.cells()).equals(HEADER)) {
        throw new IllegalStateException("Unexpected header in the CIN rule catalogue " + name);
      }
      Map<String, CinRuleMetadata> map = new LinkedHashMap<>();
      for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
        if (row.isBlank()) {
          continue;
        }
        List<String> cells = row.cells();
        CinRuleMetadata rule =
            CinRuleMetadata.builder()
                .code(cells.get(0))
                .severity(Severity.valueOf(cells.get(1).toUpperCase(Locale.ROOT)))
                .level(CinRuleLevel.valueOf(cells.get(2).toUpperCase(Locale.ROOT)))
                .tables(list(cells.get(3)))
                .fields(list(cells.get(4)))
                .message(cells.get(5))
                .build();
        if (map.put(rule.code(), rule) != null) {
          throw new IllegalStateException("Rule " + rule.code() + " twice in " + name);
        }
      }
      return new CinRuleCatalogue(year, Collections.unmodifiableMap(map));
    } catch (MalformedCsvException e) {
      throw new IllegalStateException("Malformed CIN rule catalogue " + name + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String semicolonList) {
    return semicolonList.isBlank() ? List.of() : Arrays.stream(semicolonList.split(";")).map(String::strip).toList();
  }
}
