package io.github.cscreturns.benchmarks;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Generating synthetic SSDA903 returns on one thread ({@link Ssda903Generator}): one operation makes
 * every child of a return of {@code children}; children/s = ops/s × children. {@code
 * generateWithPreviousYear} also makes the previous year's return of the same children (each history
 * is drawn again), and {@code generateAndWriteXml} writes the year's XML to a stream that discards it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class GenerateBenchmark {
  @Param({"10000"})
  public int children;

  @Param({"2024-25"})
  public String year;

  private Ssda903Generator generator() {
    return Ssda903Generator.builder(CollectionYear.parse(year)).seed(7).children(children).build();
  }

  @Benchmark
  public void generate(Blackhole bh) {
    Iterator<Child> it = generator().children().iterator();
    while (it.hasNext()) {
      bh.consume(it.next());
    }
  }

  @Benchmark
  public void generateWithPreviousYear(Blackhole bh) {
    Ssda903Generator g = generator();
    g.children().forEach(bh::consume);
    g.previousYearChildren().forEach(bh::consume);
  }

  @Benchmark
  public void generateAndWriteXml(Blackhole bh) throws IOException {
    Ssda903Generator g = generator();
    OutputStream sink = OutputStream.nullOutputStream();
    try (Ssda903XmlWriter writer = Ssda903Xml.writer(sink, g.year())) {
      Iterator<Child> it = g.children().iterator();
      while (it.hasNext()) {
        writer.write(it.next());
      }
    }
    bh.consume(sink);
  }
}
