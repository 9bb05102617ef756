package io.github.cscreturns.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The checked-in list of year and rule pairs that agree with the reference on every set: {@code year,rule}. */
final class Baseline {
  static final String HEADER = "year,rule";

  private Baseline() {}

  static Set<String> read(Path file) throws IOException {
    Set<String> out = new TreeSet<>();
    if (!Files.exists(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (!line.isBlank() && !line.equals(HEADER) && !line.startsWith("#")) {
        out.add(line.strip());
      }
    }
    return out;
  }

  static void write(Path file, Collection<String> agreeing) throws IOException {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    lines.addAll(new TreeSet<>(agreeing));
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }
}
