package io.github.cscreturns.benchmarks;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Validating a national-scale SSDA903 return held in memory against every rule of the year's rule
 * set, with the previous year's return (so the rules that need it run too). The children are made
 * once per trial; one operation validates all of them. Run it single-shot (see docs/benchmarks.md):
 * one operation takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ValidateBenchmark {
  @Param({"107000"})
  public int children;

  @Param({"1", "2"})
  public int parallelism;

  private List<Child> current = List.of();
  private Validator validator = Validator.forYear(BenchmarkReturns.YEAR);

  @Setup(Level.Trial)
  public void setUp() {
    current = BenchmarkReturns.children(children, 903);
    List<Child> previous = BenchmarkReturns.children(children, 902, BenchmarkReturns.YEAR.previous().orElseThrow());
    validator =
        Validator.builder(RuleSet.forYear(BenchmarkReturns.YEAR)).previousYear(previous).parallelism(parallelism).build();
    long skipped = validator.validate(List.<Child>of()).outcomes().values().stream()
        .filter(o -> o instanceof io.github.cscreturns.validation.RuleOutcome.Skipped).count();
    System.out.printf("%n# input: %d children (%d episodes) and a previous year of %d; %d rules catalogued, %d skipped%n",
        current.size(), current.stream().mapToInt(c -> c.episodes().size()).sum(), previous.size(),
        validator.ruleSet().catalogue().rules().size(), skipped);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(current);
  }
}
