package io.github.cscreturns.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small synthetic SSDA903 2024-25 return bundled with csc (a CSV file set of invented children,
 * with a handful of deliberate errors), for {@code csc validate --sample}.
 */
final class Sample {
  static final String RESOURCE_DIR = "sample/2024-25/";

  /** The files of the sample, in the DfE's table order. */
  static final List<String> FILES =
      List.of(
          "header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
          "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv", "sw_episodes.csv");

  private Sample() {}

  /** Copies the sample's files into {@code dir} and returns the folder holding them. */
  static Path extractTo(Path dir) throws IOException {
    for (String name : FILES) {
      try (InputStream in = Sample.class.getResourceAsStream(RESOURCE_DIR + name)) {
        if (in == null) {
          throw new IOException("The bundled sample lacks " + name);
        }
        Files.copy(in, dir.resolve(name));
      }
    }
    return dir;
  }

  /** Deletes a folder made by {@link #extractTo}, best effort. */
  static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
