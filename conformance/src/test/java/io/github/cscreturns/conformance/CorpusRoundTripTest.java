package io.github.cscreturns.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What was written is kept, on the conformance corpus's mutated returns (lower-case and padded codes,
 * one-digit days, padded dates, lower-case UPNs, odd postcodes …): each file set read and written
 * again holds the same rows, cell for cell, as the file it was read from; and the same return through
 * the DfE XML and back is written the same. Rows are compared per table as sorted lists (the writer
 * writes a child's rows together, in the Header's order, where a file may interleave them).
 * Skipped when the corpus is absent.
 */
class CorpusRoundTripTest {
  @TempDir Path dir;

  static Stream<Path> sets() throws IOException {
    Path corpus = ConformanceTest.repositoryRoot().resolve("../shared/conformance/ssda903").normalize();
    if (!Files.isDirectory(corpus)) {
      return Stream.of();
    }
    List<Path> out = new ArrayList<>();
    try (Stream<Path> years = Files.list(corpus)) {
      for (Path y : years.filter(p -> p.getFileName().toString().matches("\\d{4}-\\d{2}")).sorted().toList()) {
        try (Stream<Path> seeds = Files.list(y)) {
          for (Path s : seeds.sorted().toList()) {
            for (String part : List.of("in", "last")) {
              if (Files.isDirectory(s.resolve(part))) {
                out.add(s.resolve(part));
              }
            }
          }
        }
      }
    }
    return out.stream();
  }

  private static CollectionYear yearOf(Path set) {
    CollectionYear year = CollectionYear.parse(set.getParent().getParent().getFileName().toString());
    return set.getFileName().toString().equals("last") ? year.previous().orElseThrow() : year;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("sets")
  void aFileSetReadAndWrittenAgainHoldsTheSameCells(Path set) throws IOException {
    assumeTrue(Files.isDirectory(set));
    CollectionYear year = yearOf(set);
    List<Child> children = Ssda903Csv.read(set);
    Path out = Files.createDirectory(dir.resolve("csv"));
    Ssda903Csv.write(out, year, children);
    try (Stream<Path> files = Files.list(set)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).sorted().toList()) {
        Path written = out.resolve(f.getFileName());
        if (!Files.exists(written)) {
          // a table the year does not collect (the corpus carries dolo.csv in every year) is not written for it
          continue;
        }
        assertThat(rows(written)).as(f.toString()).isEqualTo(rows(f));
      }
    }
    // the same return through the XML and back: the children the XML holds are written the same
    byte[] xml = xml(children, year);
    List<Child> back = new ArrayList<>();
    try (var r = Ssda903Xml.reader(new ByteArrayInputStream(xml), "round-trip.xml")) {
      r.forEachRemaining(back::add);
    }
    assertThat(new String(xml(back, year), StandardCharsets.UTF_8)).isEqualTo(new String(xml, StandardCharsets.UTF_8));
  }

  private static byte[] xml(List<Child> children, CollectionYear year) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Ssda903XmlWriter w = Ssda903Xml.writer(bytes, year)) {
      for (Child c : children) {
        if (fitsTheXml(c)) {
          w.write(c);
        }
      }
    }
    return bytes.toByteArray();
  }

  /** The XML HEADER holds one UASC, AD1 and OC3 record, and no repeated DOB or SEX of their own. */
  private static boolean fitsTheXml(Child c) {
    return c.uasc().size() <= 1 && c.adoptions().size() <= 1 && c.careLeaverCheckpoints().size() <= 1 && c.headerRecorded();
  }

  /** The file's data rows, each the text of its line, sorted; the header row first. */
  private static List<String> rows(Path file) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.removeIf(String::isEmpty);
    if (lines.isEmpty()) {
      return lines;
    }
    String header = lines.remove(0);
    Collections.sort(lines);
    lines.add(0, header);
    return lines;
  }
}
