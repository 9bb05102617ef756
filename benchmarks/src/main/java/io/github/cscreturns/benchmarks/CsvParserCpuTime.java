package io.github.cscreturns.benchmarks;

import io.github.cscreturns.benchmarks.CsvParsers.Parser;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The parsers of {@link CsvParserBenchmark} timed by the CPU time of the parsing thread rather than
 * by the wall clock, for a machine shared with other work (the wall clock then counts the time the
 * thread waited for a core). Each round parses the file set once with every parser in turn; the figure
 * is the best MB/s of the second half of the rounds (the first half warms the JIT). Run by hand:
 * {@code java -cp benchmarks/target/benchmarks.jar io.github.cscreturns.benchmarks.CsvParserCpuTime
 * generated 40}.
 */
public final class CsvParserCpuTime {
  private CsvParserCpuTime() {}

  public static void main(String[] args) throws Exception {
    String files = args.length > 0 ? args[0] : "generated";
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 40;
    List<byte[]> set = CsvParserBenchmark.fileSet(files);
    long bytes = set.stream().mapToLong(b -> b.length).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Map<Parser, Double> best = new EnumMap<>(Parser.class);
    long sink = 0;
    for (int round = 0; round < rounds; round++) {
      for (Parser p : Parser.values()) {
        long[] cells = {0};
        long start = threads.getCurrentThreadCpuTime();
        for (byte[] file : set) {
          p.parse(file, row -> cells[0] += row.cells().size());
        }
        long nanos = threads.getCurrentThreadCpuTime() - start;
        sink += cells[0];
        if (round >= rounds / 2) {
          best.merge(p, bytes / 1e6 / (nanos / 1e9), Math::max);
        }
      }
    }
    System.out.printf("# %s: %.2f MB, %d rounds (cells counted: %d)%n", files, bytes / 1e6, rounds, sink);
    best.forEach((p, mbs) -> System.out.printf("%-8s %6.1f MB/s of the thread's CPU time (best of the last %d)%n", p, mbs, rounds - rounds / 2));
  }
}
