package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The progress of a long {@code csc validate} on standard error, on a clock the test moves. */
class ProgressTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000_000L);
  private final StringWriter err = new StringWriter();

  private Progress progress(boolean live, boolean timings) {
    return new Progress(new PrintWriter(err), live, timings, now::get);
  }

  private void advanceMillis(long millis) {
    now.addAndGet(TimeUnit.MILLISECONDS.toNanos(millis));
  }

  private static void readAll(Iterator<?> it) {
    while (it.hasNext()) {
      it.next();
    }
  }

  @Test
  void nothingIsShownBeforeTwoSeconds() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return");
    readAll(p.counting(List.of("a", "b", "c").iterator()));
    advanceMillis(1999);
    p.refresh();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void afterTwoSecondsOneLineSaysThePhaseTheChildrenReadAndTheRulesRunning() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return", 250);
    readAll(p.counting(List.of(1, 2, 3).iterator()));
    advanceMillis(2500);
    p.refresh();
    assertThat(err.toString()).isEqualTo("\rreading and validating the return: 3 children read, 250 rules running (2 s)\033[K");
  }

  @Test
  void theLineIsRewrittenInPlaceAtMostOnceASecond() {
    Progress p = progress(true, false);
    p.phase("reading the previous year's return");
    advanceMillis(2000);
    p.refresh();
    advanceMillis(500);
    p.refresh();
    assertThat(err.toString()).isEqualTo("\rreading the previous year's return (2 s)\033[K");
    readAll(p.counting(java.util.stream.IntStream.range(0, 12_345).boxed().iterator()));
    advanceMillis(500);
    p.refresh();
    assertThat(err.toString()).endsWith("\rreading the previous year's return: 12,345 children read (3 s)\033[K").doesNotContain("\n");
  }

  @Test
  void theLineIsClearedAtTheEndAndNothingIsShownAfter() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return");
    advanceMillis(3000);
    p.refresh();
    p.close();
    assertThat(err.toString()).isEqualTo("\rreading and validating the return (3 s)\033[K\r\033[K");
    advanceMillis(5000);
    p.refresh();
    p.close();
    assertThat(err.toString()).isEqualTo("\rreading and validating the return (3 s)\033[K\r\033[K");
  }

  @Test
  void aShortRunWritesNothing() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return");
    advanceMillis(1500);
    p.refresh();
    p.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void notLiveNothingIsShownHoweverLong() {
    Progress p = progress(false, false);
    p.phase("reading and validating the return");
    advanceMillis(60_000);
    p.refresh();
    p.close();
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void hiddenTheLineIsClearedAndNotShownAgain() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return");
    advanceMillis(2000);
    p.refresh();
    p.phase("writing the report");
    p.hide();
    advanceMillis(2000);
    p.refresh();
    p.close();
    assertThat(err.toString()).endsWith("\r\033[K").doesNotContain("writing the report");
  }

  @Test
  void theLineNeverShowsWhatIsRead() {
    Progress p = progress(true, false);
    p.phase("reading and validating the return");
    readAll(p.counting(List.of("ZA01", "BN1 1AA").iterator()));
    advanceMillis(2000);
    p.refresh();
    assertThat(err.toString()).contains("2 children read").doesNotContain("ZA01").doesNotContain("BN1");
  }

  @Test
  void timingsPrintEachPhaseWithItsChildrenThenTheTotal() {
    Progress p = progress(false, true);
    p.phase("reading the reference data");
    advanceMillis(1500);
    p.phase("reading and validating the return");
    readAll(p.counting(List.of(1, 2).iterator()));
    advanceMillis(250);
    p.close();
    assertThat(err.toString().lines().toList())
        .hasSize(3)
        .satisfies(l -> assertThat(l.get(0)).matches("reading the reference data: 1500 ms, \\d+ ms CPU"))
        .satisfies(l -> assertThat(l.get(1)).matches("reading and validating the return: 250 ms, \\d+ ms CPU \\(2 children\\)"))
        .satisfies(l -> assertThat(l.get(2)).matches("total: 1750 ms, \\d+ ms CPU \\(of the process since the JVM started\\)"));
  }

  // The command

  record Result(int exitCode, String out, String err) {}

  /** {@code csc} on the fake return of {@link ValidateCommandTest}, standard error a terminal or not, a clock 3 s on at every look. */
  private static Result csc(boolean terminal, String... args) {
    AtomicLong clock = new AtomicLong();
    Environment environment =
        new Environment(new ByteArrayInputStream(new byte[0]), Map.<String, String>of()::get, () -> terminal,
            () -> clock.addAndGet(TimeUnit.SECONDS.toNanos(3)));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(environment, ValidateCommandTest.FAKE, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void onATerminalTheProgressIsOnStandardErrorAndTheReportUnchanged() {
    for (String format : List.of("text", "csv", "json")) {
      Result plain = csc(false, "validate", "--year", "2024-25", "--format", format, "--previous", "good-last-year.xml", "bad.xml");
      Result shown = csc(true, "validate", "--year", "2024-25", "--format", format, "--previous", "good-last-year.xml", "bad.xml");
      assertThat(shown.exitCode()).isEqualTo(plain.exitCode()).isEqualTo(1);
      assertThat(shown.out()).isEqualTo(plain.out()).isNotEmpty();
      assertThat(plain.err()).isEmpty();
      assertThat(shown.err())
          .containsPattern("\rreading the previous year's return \\(\\d+ s\\)\033\\[K")
          .containsPattern("\rreading and validating the return: \\d+ rules running \\(\\d+ s\\)\033\\[K")
          .doesNotContain("\n")
          .doesNotContain("ZA0")
          .endsWith("\r\033[K");
    }
  }

  @Test
  void quietShowsNoProgress() {
    Result plain = csc(false, "validate", "--year", "2024-25", "bad.xml");
    for (String quiet : List.of("--quiet", "-q")) {
      Result r = csc(true, "validate", "--year", "2024-25", quiet, "bad.xml");
      assertThat(r.err()).isEmpty();
      assertThat(r.out()).isEqualTo(plain.out());
    }
  }

  @Test
  void timingsPrintAPhaseLineEachAndLeaveTheReportUnchanged() {
    Result plain = csc(false, "validate", "--year", "2024-25", "--format", "csv", "--previous", "good-last-year.xml", "bad.xml");
    Result timed = csc(false, "validate", "--year", "2024-25", "--format", "csv", "--previous", "good-last-year.xml", "--timings", "bad.xml");
    assertThat(timed.out()).isEqualTo(plain.out());
    assertThat(timed.err().lines().toList())
        .hasSize(6)
        .satisfies(l -> assertThat(l.get(0)).matches("starting \\(the JVM, the command line, the rule set\\): (\\d+ ms since the process started|time unknown), \\d+ ms CPU"))
        .satisfies(l -> assertThat(l.get(1)).matches("reading the reference data: \\d+ ms, \\d+ ms CPU"))
        .satisfies(l -> assertThat(l.get(2)).matches("reading the previous year's return: \\d+ ms, \\d+ ms CPU \\(2 children\\)"))
        .satisfies(l -> assertThat(l.get(3)).matches("reading and validating the return: \\d+ ms, \\d+ ms CPU \\(4 children\\)"))
        .satisfies(l -> assertThat(l.get(4)).matches("writing the report: \\d+ ms, \\d+ ms CPU"))
        .satisfies(l -> assertThat(l.get(5)).startsWith("total: "));
  }

  @Test
  void quietIsInTheHelpAndTimingsIsNot() {
    Result help = csc(false, "validate", "--help");
    assertThat(help.out()).contains("--quiet").doesNotContain("--timings");
  }

  @Test
  void anUnknownRuleIsSaidOnItsOwnLineAfterTheProgress() {
    Result r = csc(true, "validate", "--year", "2024-25", "--rules", "NOSUCH", "bad.xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).containsPattern("(^|\r\033\\[K)--rules/--exclude-rules: no rule NOSUCH");
  }
}
