package io.github.cscreturns.benchmarks;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * End to end at national scale, outside JMH: two XML returns (this year and the previous) of the
 * given number of children are made in memory; each run reads the previous year into memory, then
 * streams this year's XML through the validator with every rule. Prints the wall time of each run.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar io.github.cscreturns.benchmarks.NationalRun [children] [runs] [parallelism…]</pre>
 */
public final class NationalRun {
  private NationalRun() {}

  public static void main(String[] args) {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 107_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Integer> threads = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      threads.add(Integer.parseInt(args[i]));
    }
    if (threads.isEmpty()) {
      threads = List.of(1, 2);
    }
    byte[] current = xml(BenchmarkReturns.children(count, 903), BenchmarkReturns.YEAR);
    byte[] previous =
        xml(BenchmarkReturns.children(count, 902, BenchmarkReturns.YEAR.previous().orElseThrow()), BenchmarkReturns.YEAR.previous().orElseThrow());
    System.out.printf("# %d children; this year's XML %.1f MB, previous year's %.1f MB; %d processors%n",
        count, current.length / 1e6, previous.length / 1e6, Runtime.getRuntime().availableProcessors());
    for (int p : threads) {
      for (int run = 1; run <= runs; run++) {
        long t0 = System.nanoTime();
        List<Child> before = new ArrayList<>(count);
        try (ChildReader r = Ssda903Xml.reader(new ByteArrayInputStream(previous), "previous.xml")) {
          r.forEachRemaining(before::add);
        }
        long t1 = System.nanoTime();
        Validator v = Validator.builder(RuleSet.forYear(BenchmarkReturns.YEAR)).previousYear(before).parallelism(p).build();
        ValidationReport report;
        try (ChildReader r = Ssda903Xml.reader(new ByteArrayInputStream(current), "current.xml")) {
          report = v.validate(r);
        }
        long t2 = System.nanoTime();
        System.out.printf("parallelism %d run %d: read previous year %.2f s, read + validate this year %.2f s, total %.2f s; %d children checked, %d findings%n",
            p, run, (t1 - t0) / 1e9, (t2 - t1) / 1e9, (t2 - t0) / 1e9, report.checked(), report.findings().size());
      }
    }
  }

  private static byte[] xml(List<Child> children, io.github.cscreturns.codesets.CollectionYear year) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Ssda903XmlWriter w = Ssda903Xml.writer(bytes, year)) {
      w.writeAll(children);
    }
    return bytes.toByteArray();
  }
}
