package io.github.cscreturns.codesets.spec;

import io.github.cscreturns.codesets.internal.csv.CsvRows;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test access to the reference facts in {@code ../shared/spec}, read in place (never copied into the
 * project). The location comes from the {@code csc.spec.dir} system property that the build sets,
 * falling back to looking upwards from the working directory.
 */
public final class SpecFiles {
  private SpecFiles() {}

  /** The spec directory. */
  public static Path dir() {
    String configured = System.getProperty("csc.spec.dir");
    if (configured != null && Files.isDirectory(Path.of(configured))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path here = Path.of("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("spec");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
      candidate = p.resolveSibling("shared").resolve("spec");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("Cannot find shared/spec; set -Dcsc.spec.dir");
  }

  /** A file under the spec directory, such as {@code ssda903/codesets.csv}. */
  public static Path file(String relative) {
    return dir().resolve(relative);
  }

  /** The rows of a spec CSV file (read by the project's one CSV parser) as column → value maps, in file order. */
  public static List<Map<String, String>> csv(String relative) {
    String text;
    try {
      text = Files.readString(file(relative), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<List<String>> records = CsvRows.parse(text, CsvRows.Limits.OWN_FILES).stream().map(CsvRows.Row::cells).toList();
    List<String> header = records.get(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (List<String> r : records.subList(1, records.size())) {
      if (r.size() == 1 && r.get(0).isEmpty()) {
        continue;
      }
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), i < r.size() ? r.get(i) : "");
      }
      rows.add(row);
    }
    return rows;
  }
}
