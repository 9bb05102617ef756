package io.github.cscreturns.benchmarks;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Generation speed by CPU time of the generating thread, for a machine too busy for wall-clock
 * figures: {@code java -cp benchmarks/target/benchmarks.jar io.github.cscreturns.benchmarks.GenerateCpuTime
 * [CHILDREN] [ROUNDS]} generates a 2024-25 return of CHILDREN (default 50,000) ROUNDS times (default 8)
 * with seeds 0, 1 … and prints children/s by thread CPU time and by wall clock for each round. GC
 * threads' time is not counted; JMH's {@link GenerateBenchmark} is the figure on an idle machine.
 */
public final class GenerateCpuTime {
  private GenerateCpuTime() {}

  public static void main(String[] args) {
    int children = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int round = 0; round < rounds; round++) {
      Ssda903Generator g = Ssda903Generator.builder(CollectionYear.Y2024_25).seed(round).children(children).build();
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      long[] episodes = {0};
      g.children().forEach(c -> episodes[0] += c.episodes().size());
      cpu = threads.getCurrentThreadCpuTime() - cpu;
      wall = System.nanoTime() - wall;
      System.out.printf("round %d: %d children, %d episodes; %.0f children/s by thread CPU time, %.0f by wall clock%n",
          round, children, episodes[0], children / (cpu / 1e9), children / (wall / 1e9));
    }
  }
}
