package io.github.cscreturns.benchmarks;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading a whole SSDA903 return into the model, on one thread: the XML from bytes in memory (so the
 * figure is the parser and model, not the disk) and the CSV file set from a temporary folder. One
 * operation reads every child; children/s = ops/s × children, MB/s = ops/s × the input size printed
 * at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadBenchmark {
  @Param({"20000"})
  public int children;

  private byte[] xml = new byte[0];
  private Path csvFolder = Path.of("");

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    List<Child> generated = BenchmarkReturns.children(children, 903);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Ssda903XmlWriter w = Ssda903Xml.writer(bytes, BenchmarkReturns.YEAR)) {
      w.writeAll(generated);
    }
    xml = bytes.toByteArray();
    csvFolder = Files.createTempDirectory("csc-bench-csv");
    long csvBytes = 0;
    for (Path f : Ssda903Csv.write(csvFolder, BenchmarkReturns.YEAR, generated)) {
      csvBytes += Files.size(f);
    }
    System.out.printf("%n# input: %d children, %d episodes; XML %.2f MB, CSV %.2f MB%n",
        generated.size(), generated.stream().mapToInt(c -> c.episodes().size()).sum(), xml.length / 1e6, csvBytes / 1e6);
  }

  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.list(csvFolder)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(csvFolder);
  }

  @Benchmark
  public int readXml(Blackhole bh) {
    int n = 0;
    try (ChildReader r = Ssda903Xml.reader(new ByteArrayInputStream(xml), "bench.xml")) {
      while (r.hasNext()) {
        bh.consume(r.next());
        n++;
      }
    }
    return n;
  }

  /**
   * Baseline: the JDK StAX parser alone walking every event of the same bytes, with the same factory
   * settings and no model. readXml / this is the share of the parser's speed the model keeps.
   */
  @Benchmark
  public int parseXmlEventsOnly() throws javax.xml.stream.XMLStreamException {
    javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newDefaultFactory();
    f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_COALESCING, false);
    javax.xml.stream.XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
    int n = 0;
    while (x.hasNext()) {
      n += x.next();
    }
    x.close();
    return n;
  }

  @Benchmark
  public int readCsv(Blackhole bh) {
    List<Child> read = Ssda903Csv.read(csvFolder);
    bh.consume(read);
    return read.size();
  }
}
