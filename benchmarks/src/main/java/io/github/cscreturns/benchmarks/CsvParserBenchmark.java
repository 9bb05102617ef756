package io.github.cscreturns.benchmarks;

import io.github.cscreturns.benchmarks.CsvParsers.Parser;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parsing a whole SSDA903 CSV file set into rows of cells, one thread, with each parser of
 * {@link CsvParsers} on the same bytes held in memory. One operation parses every file of the set;
 * MB/s = ops/s × the set's size printed at setup. Setup checks that every parser gives the same rows
 * (cells and starting lines) for every file, so that they are compared doing the same work.
 *
 * <p>File sets: {@code seed141}, the SSDA903 conformance input of 2024-25 (under {@code
 * ../shared/conformance}, or {@code -Dcsc.conformance.dir}); {@code generated}, the 20,000 children of
 * {@link BenchmarkReturns} as {@code Ssda903Csv} writes them; {@code quoted}, the same with every cell
 * in quotes and a comma, a doubled quote and a line break in every tenth cell.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvParserBenchmark {
  @Param({"seed141", "generated", "quoted"})
  public String files;

  @Param({"OURS", "ONE", "FASTCSV", "JACKSON"})
  public String parser;

  private List<byte[]> set = List.of();
  private Parser chosen = Parser.OURS;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    set = fileSet(files);
    chosen = Parser.valueOf(parser);
    long bytes = 0;
    long rows = 0;
    for (byte[] file : set) {
      bytes += file.length;
      List<CsvParsers.Row> expected = Parser.OURS.rows(file);
      rows += expected.size();
      for (Parser p : Parser.values()) {
        if (!p.rows(file).equals(expected)) {
          throw new IllegalStateException(p + " does not give the same rows as " + Parser.OURS + " in the " + files + " set");
        }
      }
    }
    System.out.printf("%n# %s: %d files, %.2f MB, %d rows; every parser gives the same rows%n", files, set.size(), bytes / 1e6, rows);
  }

  static List<byte[]> fileSet(String name) throws IOException {
    switch (name) {
      case "seed141": {
        Path dir = Path.of(System.getProperty("csc.conformance.dir", "../shared/conformance"), "ssda903", "2024-25", "seed141", "in");
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
          for (Path f : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
            out.add(Files.readAllBytes(f));
          }
        }
        return out;
      }
      case "generated":
      case "quoted": {
        Path dir = Files.createTempDirectory("csc-bench-csv");
        List<byte[]> out = new ArrayList<>();
        for (Path f : Ssda903Csv.write(dir, BenchmarkReturns.YEAR, BenchmarkReturns.children(20_000, 903))) {
          byte[] b = Files.readAllBytes(f);
          out.add(name.equals("quoted") ? quoteEveryCell(b) : b);
          Files.delete(f);
        }
        Files.delete(dir);
        return out;
      }
      default:
        throw new IllegalArgumentException("no file set " + name);
    }
  }

  /** The same rows with every cell quoted, and every tenth cell given a comma, a quote and a line break. */
  private static byte[] quoteEveryCell(byte[] file) {
    StringBuilder out = new StringBuilder(file.length * 2);
    int n = 0;
    for (CsvParsers.Row row : Parser.OURS.rows(file)) {
      for (int i = 0; i < row.cells().size(); i++) {
        String cell = row.cells().get(i) + (++n % 10 == 0 ? ", \"x\"\r\ny" : "");
        out.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
      }
      out.append("\r\n");
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public long parse(Blackhole bh) {
    long[] cells = {0};
    for (byte[] file : set) {
      chosen.parse(file, row -> {
        bh.consume(row);
        cells[0] += row.cells().size();
      });
    }
    return cells[0];
  }
}
