package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.codesets.internal.csv.CsvRows;
import io.github.cscreturns.codesets.internal.csv.MalformedCsvException;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link ReferenceData.PostcodeDirectory} held in memory, loaded from a CSV file with the header
 * {@code postcode,la,lat,long} (the LA as the DfE's three-digit code; latitude and longitude in
 * decimal degrees). Distances are great-circle miles. Postcodes are matched ignoring case and spacing.
 * Immutable and thread-safe once loaded.
 *
 * @since 2022-23
 */
public final class InMemoryPostcodeDirectory implements ReferenceData.PostcodeDirectory {
  private static final double EARTH_RADIUS_MILES = 3958.8;

  private record Entry(LaCode la, double lat, double lon) {}

  private final Map<String, Entry> byPostcode;

  private InMemoryPostcodeDirectory(Map<String, Entry> byPostcode) {
    this.byPostcode = Map.copyOf(byPostcode);
  }

  /**
   * Loads the directory from CSV text.
   *
   * @param csv the csv
   * @return the directory
   * @throws IllegalArgumentException naming the line, if the header or a row is malformed
   * @throws IOException if the input or output cannot be read or written
   */
  public static InMemoryPostcodeDirectory fromCsv(Reader csv) throws IOException {
    CsvRows rows = CsvRows.of(csv, CsvRows.Limits.DEFAULT);
    Map<String, Entry> map = new HashMap<>();
    try {
      CsvRows.Row header = rows.next();
      if (header == null || !String.join(",", header.cells()).strip().equalsIgnoreCase("postcode,la,lat,long")) {
        throw new IllegalArgumentException("line 1: expected the header postcode,la,lat,long");
      }
      for (CsvRows.Row row = rows.next(); row != null; row = rows.next()) {
        if (row.isBlank()) {
          continue;
        }
        List<String> cells = row.cells();
        if (cells.size() != 4) {
          throw new IllegalArgumentException("line " + row.line() + ": expected 4 columns, found " + cells.size());
        }
        try {
          map.put(
              key(Postcode.of(cells.get(0))),
              new Entry(LaCode.of(cells.get(1).strip()), Double.parseDouble(cells.get(2).strip()), Double.parseDouble(cells.get(3).strip())));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("line " + row.line() + ": lat and long must be decimal degrees");
        }
      }
    } catch (MalformedCsvException e) {
      throw new IllegalArgumentException("line " + e.line() + ", column " + e.column() + ": " + e.problem().describe(e.limit()));
    }
    return new InMemoryPostcodeDirectory(map);
  }

  private static String key(Postcode postcode) {
    return postcode.value().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }

  /**
   * How many postcodes the directory holds.
   *
   * @return how many postcodes the directory holds
   */
  public int size() {
    return byPostcode.size();
  }

  @Override
  public Optional<LaCode> localAuthority(Postcode postcode) {
    return Optional.ofNullable(byPostcode.get(key(postcode))).map(Entry::la);
  }

  @Override
  public OptionalDouble distanceMiles(Postcode from, Postcode to) {
    Entry a = byPostcode.get(key(from));
    Entry b = byPostcode.get(key(to));
    if (a == null || b == null) {
      return OptionalDouble.empty();
    }
    double dLat = Math.toRadians(b.lat() - a.lat());
    double dLon = Math.toRadians(b.lon() - a.lon());
    double h =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(a.lat())) * Math.cos(Math.toRadians(b.lat())) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return OptionalDouble.of(2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h))));
  }
}
