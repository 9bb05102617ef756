package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** CSV write then read is the identity over seeded samples of up to five children; a failure names its seed and size. */
class CsvRoundTripProperties {

  static Stream<Object[]> samples() {
    return SeededProperty.seedsAndSizes(100, 5);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples")
  void writeThenReadGivesEqualChildren(long seed, int size) {
    SeededProperty.check(seed, size, (r, n) -> FormatShapes.sample(r, n, FormatShapes::forCsv), s -> unchecked(() -> writeThenReadGivesEqualChildren(s)));
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples")
  void xmlToCsvToXmlGivesEqualChildren(long seed, int size) {
    SeededProperty.check(seed, size, (r, n) -> FormatShapes.sample(r, n, FormatShapes::forBoth), s -> unchecked(() -> xmlToCsvToXmlGivesEqualChildren(s)));
  }

  private interface IoAction {
    void run() throws IOException;
  }

  private static void unchecked(IoAction action) {
    try {
      action.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Write then read gives the children as judged (codes, identifiers and unparsed text upper-cased),
   * keeping what was written: writing what was read gives the same files, and reading those again
   * gives equal children with the same as-written text.
   */
  static void writeThenReadGivesEqualChildren(FormatShapes.Sample sample) throws IOException {
    List<Child> children = sample.children();
    Path dir = Files.createTempDirectory("csv");
    Path again = Files.createTempDirectory("csv");
    try {
      Ssda903Csv.write(dir, sample.year(), children);
      List<Child> once = Ssda903Csv.read(dir);
      Ssda903Csv.write(again, sample.year(), once);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : files.toList()) {
          assertThat(Files.readString(again.resolve(f.getFileName()))).as(f.getFileName().toString()).isEqualTo(Files.readString(f));
        }
      }
      List<Child> twice = Ssda903Csv.read(again);
      assertThat(twice).isEqualTo(once);
      assertThat(WrittenText.of(twice)).isEqualTo(WrittenText.of(once));
    } finally {
      delete(dir);
      delete(again);
    }
  }

  static void xmlToCsvToXmlGivesEqualChildren(FormatShapes.Sample sample) throws IOException {
    List<Child> children = sample.children();
    CollectionYear year = sample.year();
    List<Child> fromXml = XmlTestSupport.read(XmlTestSupport.write(children, year));
    Path dir = Files.createTempDirectory("csv");
    try {
      Ssda903Csv.write(dir, year, fromXml);
      List<Child> viaCsv = Ssda903Csv.read(dir);
      List<Child> back = XmlTestSupport.read(XmlTestSupport.write(viaCsv, year));
      assertThat(back).isEqualTo(fromXml);
      assertThat(XmlTestSupport.write(back, year)).isEqualTo(XmlTestSupport.write(children, year));
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }
}
