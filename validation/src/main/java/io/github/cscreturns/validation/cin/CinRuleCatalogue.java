package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      if (!HEADER.equals(reader.readLine())) {
        throw new IllegalStateException("Unexpected header in the CIN rule catalogue " + name);
      }
      Map<String, CinRuleMetadata> map = new LinkedHashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty()) {
          continue;
        }
        List<String> cells = cells(line);
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> list(String semicolonList) {
    return semicolonList.isBlank() ? List.of() : Arrays.stream(semicolonList.split(";")).map(String::strip).toList();
  }

  /** One line of RFC 4180 CSV (the catalogue's messages hold no line breaks). */
  private static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
        cell.append('"');
        i++;
      } else if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }
}
