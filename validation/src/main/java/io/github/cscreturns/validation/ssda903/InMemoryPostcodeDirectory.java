package io.github.cscreturns.validation.ssda903;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import java.io.BufferedReader;
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
    BufferedReader reader = csv instanceof BufferedReader b ? b : new BufferedReader(csv);
    String header = reader.readLine();
    if (header == null || !header.strip().replace("\uFEFF", "").equalsIgnoreCase("postcode,la,lat,long")) {
      throw new IllegalArgumentException("line 1: expected the header postcode,la,lat,long");
    }
    Map<String, Entry> map = new HashMap<>();
    int lineNumber = 1;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      List<String> cells = RuleCatalogue.splitCsv(line);
      if (cells.size() != 4) {
        throw new IllegalArgumentException("line " + lineNumber + ": expected 4 columns, found " + cells.size());
      }
      try {
        map.put(
            key(Postcode.of(cells.get(0))),
            new Entry(LaCode.of(cells.get(1).strip()), Double.parseDouble(cells.get(2).strip()), Double.parseDouble(cells.get(3).strip())));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("line " + lineNumber + ": lat and long must be decimal degrees");
      }
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
