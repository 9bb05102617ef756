package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.codesets.internal.csv.MalformedCsvException;
import io.github.cscreturns.core.LaCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The DfE's three-digit local authority codes (post-April 1998, with the pseudo codes 001–005), as
 * accepted at characters 2–4 of a UPN and in items such as LA_PERM. A small public fact the project
 * bundles and maintains ({@code la-codes.csv} beside this class); names are given where known.
 *
 * @since 2022-23
 */
public final class LocalAuthorities {
  private static final LocalAuthorities BUNDLED = load();

  /** One code: its name and the short text code where known, and the first year it is valid. */
  public record Authority(String code, Optional<String> name, Optional<String> shortCode, Optional<CollectionYear> firstYear, boolean pseudo) {
    /**
     * Whether the code may be used in the collection year.
     *
     * @param year the collection year
     * @return whether the code may be used in the collection year
     */
    public boolean isValidIn(CollectionYear year) {
      return firstYear.map(f -> !year.isOlderThan(f)).orElse(true);
    }
  }

  private final Map<String, Authority> byCode;

  private LocalAuthorities(Map<String, Authority> byCode) {
    this.byCode = byCode;
  }

  /**
   * The bundled list.
   *
   * @return the bundled list
   */
  public static LocalAuthorities bundled() {
    return BUNDLED;
  }

  /**
   * Every code, in code order.
   *
   * @return every code, in code order
   */
  public List<Authority> all() {
    return List.copyOf(byCode.values());
  }

  /**
   * Whether the code is a DfE three-digit LA code (or pseudo code) in some year.
   *
   * @param code the code
   * @return whether the code is a DfE three-digit LA code (or pseudo code) in some year
   */
  public boolean isKnown(LaCode code) {
    return byCode.containsKey(code.value().strip());
  }

  /**
   * Whether the code may be used in the collection year (942 and 943 start in 2023-24).
   *
   * @param code the code
   * @param year the collection year
   * @return whether the code may be used in the collection year (942 and 943 start in 2023-24)
   */
  public boolean isKnownIn(LaCode code, CollectionYear year) {
    Authority a = byCode.get(code.value().strip());
    return a != null && a.isValidIn(year);
  }

  /**
   * The authority's name, where the bundled list knows it.
   *
   * @param code the code
   * @return the authority's name, where the bundled list knows it
   */
  public Optional<String> name(LaCode code) {
    return authority(code).flatMap(Authority::name);
  }

  /**
   * The authority with the DfE three-digit number.
   *
   * @param code the DfE local authority number
   * @return the authority, or nothing where no English authority has that number
   */
  public Optional<Authority> authority(LaCode code) {
    return Optional.ofNullable(byCode.get(code.value().strip()));
  }

  private static LocalAuthorities load() {
    InputStream in = LocalAuthorities.class.getResourceAsStream("la-codes.csv");
    if (in == null) {
      throw new IllegalStateException("la-codes.csv is missing from the validation module");
    }
    Map<String, Authority> map = new LinkedHashMap<>();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      CsvRows csv = CsvRows.of(reader, CsvRows.Limits.OWN_FILES);
      List<String> header = null;
      for (CsvRows.Row row = csv.next(); row != null; row = csv.next()) {
        // "#" lines are the file's notes: parsed as rows (none opens a cell with a quote), then skipped
        if (row.isBlank() || row.cells().get(0).startsWith("#")) {
          continue;
        }
        if (header == null) {
          header = row.cells();
          if (!header.equals(List.of("code", "name", "short_code", "first_year", "pseudo"))) {
            throw new IllegalStateException("Unexpected header in la-codes.csv: " + String.join(",", header));
          }
          continue;
        }
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() < 5) {
          cells.add("");
        }
        Authority a =
            new Authority(
                cells.get(0),
                optional(cells.get(1)),
                optional(cells.get(2)),
                optional(cells.get(3)).map(CollectionYear::parse),
                cells.get(4).equals("yes"));
        map.put(a.code(), a);
      }
    } catch (MalformedCsvException e) {
      throw new IllegalStateException("Malformed la-codes.csv: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new LocalAuthorities(Collections.unmodifiableMap(map));
  }

  private static Optional<String> optional(String text) {
    return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
