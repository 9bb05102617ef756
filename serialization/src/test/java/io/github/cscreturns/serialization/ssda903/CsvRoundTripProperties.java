package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CsvRoundTripProperties {

  @Provide
  Arbitrary<FormatShapes.Sample> csvChildren() {
    return FormatShapes.samples(FormatShapes::forCsv);
  }

  @Provide
  Arbitrary<FormatShapes.Sample> bothChildren() {
    return FormatShapes.samples(FormatShapes::forBoth);
  }

  @Property(tries = 100)
  void writeThenReadGivesEqualChildren(@ForAll("csvChildren") FormatShapes.Sample sample) throws IOException {
    List<Child> children = sample.children();
    Path dir = Files.createTempDirectory("csv");
    try {
      Ssda903Csv.write(dir, sample.year(), children);
      assertThat(Ssda903Csv.read(dir)).isEqualTo(children);
    } finally {
      delete(dir);
    }
  }

  @Property(tries = 100)
  void xmlToCsvToXmlGivesEqualChildren(@ForAll("bothChildren") FormatShapes.Sample sample) throws IOException {
    List<Child> children = sample.children();
    CollectionYear year = sample.year();
    List<Child> fromXml = XmlTestSupport.read(XmlTestSupport.write(children, year));
    Path dir = Files.createTempDirectory("csv");
    try {
      Ssda903Csv.write(dir, year, fromXml);
      List<Child> viaCsv = Ssda903Csv.read(dir);
      List<Child> back = XmlTestSupport.read(XmlTestSupport.write(viaCsv, year));
      assertThat(back).isEqualTo(fromXml).isEqualTo(children);
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
