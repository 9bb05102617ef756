package io.github.cscreturns.reference.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the ONS Postcode Directory CSV as ONS publishes it (or the project's extract of it) into a
 * {@link PostcodeTable}, streaming. The columns are found by name, in any order, whatever else the
 * file holds: the postcode ({@code pcds}, or the fixed-width {@code pcd}, {@code pcd7}, {@code pcd8}),
 * the lower-tier local authority (its name has changed over releases: {@code oslaua}, {@code laua},
 * {@code ltla}, or {@code ladNNcd} such as {@code lad25cd}, the newest year preferred), and the grid
 * reference {@code oseast1m}, {@code osnrth1m}. A blank LA or coordinate (or an LA of {@code nan}, the blank a data-frame tool writes back as text) is
 * kept as unknown.
 */
public final class OnspdReader {
  private static final List<String> POSTCODE_COLUMNS = List.of("pcds", "pcd", "pcd7", "pcd8", "pcd2");
  private static final List<String> LA_COLUMNS = List.of("oslaua", "ltla", "laua");
  private static final Pattern LAD_YEAR = Pattern.compile("lad(\\d\\d)cd");
  /** A row is refused if its LA code is longer than this (ONS codes are nine characters). */
  private static final int MAX_LA_CHARS = 16;

  private OnspdReader() {}

  /**
   * Reads every row.
   *
   * @throws IllegalArgumentException naming the file, line and column (never a value) for a missing
   *     column, a malformed postcode or grid reference, a row of the wrong width or a repeated postcode
   */
  public static PostcodeTable read(Reader reader, String source, String release) throws IOException {
    CsvRecords csv = new CsvRecords(reader, source);
    List<String> header = csv.next().orElseThrow(() -> new IllegalArgumentException(source + ": the file is empty"));
    int postcode = column(header, POSTCODE_COLUMNS).orElseThrow(() -> missing(source, "the postcode (pcds)"));
    int la = laColumn(header).orElseThrow(() -> missing(source, "the local authority (oslaua, ltla, laua or ladNNcd)"));
    int east = column(header, List.of("oseast1m")).orElseThrow(() -> missing(source, "the easting (oseast1m)"));
    int north = column(header, List.of("osnrth1m")).orElseThrow(() -> missing(source, "the northing (osnrth1m)"));
    PostcodeTable.Builder table = new PostcodeTable.Builder();
    for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
      List<String> row = next.get();
      if (row.size() == 1 && row.get(0).isBlank()) {
        continue;
      }
      if (row.size() != header.size()) {
        throw csv.error(csv.recordLine(), 1, "expected " + header.size() + " columns as in the header, found " + row.size());
      }
      String laCode = row.get(la).strip();
      if (laCode.equalsIgnoreCase("nan")) {
        laCode = ""; // the blank a data-frame tool writes back as text
      }
      if (laCode.length() > MAX_LA_CHARS) {
        throw csv.error(csv.recordLine(), la + 1, "a local authority code longer than " + MAX_LA_CHARS + " characters");
      }
      int easting = coordinate(csv, row, east);
      int northing = coordinate(csv, row, north);
      try {
        table.add(row.get(postcode), laCode.isEmpty() ? null : laCode, easting, northing);
      } catch (IllegalArgumentException e) {
        throw csv.error(csv.recordLine(), postcode + 1, e.getMessage());
      }
    }
    return table.build(release);
  }

  private static int coordinate(CsvRecords csv, List<String> row, int column) {
    String text = row.get(column).strip();
    if (text.isEmpty()) {
      return PostcodeTable.NO_COORDINATE;
    }
    int value = 0;
    if (text.length() > 7) {
      throw csv.error(csv.recordLine(), column + 1, "a grid reference in whole metres (0 to 2,000,000) was expected");
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        throw csv.error(csv.recordLine(), column + 1, "a grid reference in whole metres (0 to 2,000,000) was expected");
      }
      value = value * 10 + (c - '0');
    }
    if (value >= PostcodeTable.NO_COORDINATE) {
      throw csv.error(csv.recordLine(), column + 1, "a grid reference in whole metres (0 to 2,000,000) was expected");
    }
    return value;
  }

  private static Optional<Integer> column(List<String> header, List<String> names) {
    for (String name : names) {
      for (int i = 0; i < header.size(); i++) {
        if (header.get(i).strip().toLowerCase(Locale.ROOT).equals(name)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> laColumn(List<String> header) {
    Optional<Integer> named = column(header, LA_COLUMNS);
    if (named.isPresent()) {
      return named;
    }
    int best = -1;
    int bestYear = -1;
    for (int i = 0; i < header.size(); i++) {
      Matcher m = LAD_YEAR.matcher(header.get(i).strip().toLowerCase(Locale.ROOT));
      if (m.matches() && Integer.parseInt(m.group(1)) > bestYear) {
        bestYear = Integer.parseInt(m.group(1));
        best = i;
      }
    }
    return best < 0 ? Optional.empty() : Optional.of(best);
  }

  private static IllegalArgumentException missing(String source, String what) {
    return new IllegalArgumentException(source + ", line 1: the header has no column for " + what);
  }
}
