package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What people expect of a command: usage when there is nothing to do, a version that says what it checks, -o. */
class CommandLineConventionsTest {
  @Test
  void cscAlonePrintsUsageOnStandardErrorAndExitsTwo() {
    CscRun r = csc();
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("Usage: csc").contains("validate").contains("convert");
  }

  @Test
  void versionNamesTheSdkAndEachYearsRuleCatalogue() {
    CscRun r = csc("--version");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out().lines().toList().get(0)).matches("csc \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(csc-returns SDK\\)");
    assertThat(r.out()).contains("\nSSDA903 rule catalogues:\n")
        .containsPattern("\n  2022-23: \\d+ DfE rules, \\d+ implemented, catalogue [0-9a-f]{12}\n")
        .containsPattern("\n  2026-27: \\d+ DfE rules, \\d+ implemented, catalogue [0-9a-f]{12}\n");
  }

  @Test
  void dashOIsTheOutputOfValidate(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.csv");
    CscRun r = csc("validate", "--sample", "--format", "csv", "-o", report.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(report)).startsWith("rule_code,");
  }

  @Test
  void anUnexpectedFailureIsOneLineWithoutItsMessage() {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    ReturnSource failing = (input, year) -> {
      throw new IllegalStateException("child SECRET99 born 01/02/2010");
    };
    int code = Csc.run(failing, new PrintWriter(out), new PrintWriter(err), "validate", "--year", "2024-25", "x.xml");
    assertThat(code).isEqualTo(Csc.USAGE);
    assertThat(err.toString()).startsWith("csc: the command failed unexpectedly (IllegalStateException)")
        .doesNotContain("SECRET99").doesNotContain("\tat ").hasLineCount(1);
  }
}
