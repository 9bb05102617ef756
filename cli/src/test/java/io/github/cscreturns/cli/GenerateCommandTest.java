package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GenerateCommandTest {
  @TempDir Path dir;

  @Test
  void writesAnXmlReturnAndItsPreviousYearWithASummary() throws IOException {
    Path xml = dir.resolve("return.xml");
    Path last = dir.resolve("last.xml");
    CscRun r =
        csc("generate", "--year", "2024-25", "--children", "200", "--seed", "7", "--format", "xml", "--output", xml.toString(),
            "--previous-output", last.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote 200 children (2024-25 xml)").contains("episodes").contains("UASC")
        .contains("previous year of the same children");
    assertThat(ConvertCommandTest.readXml(xml)).hasSize(200);
    assertThat(ConvertCommandTest.readXml(last)).isNotEmpty();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("return.xml", "last.xml");
    }
  }

  @Test
  void theSameOptionsGiveTheSameBytes() throws IOException {
    Path a = dir.resolve("a.xml");
    Path b = dir.resolve("b.xml");
    Path c = dir.resolve("c.xml");
    assertThat(csc("generate", "--year", "2023-24", "--children", "300", "--seed", "5", "--format", "xml", "--output", a.toString()).exitCode()).isZero();
    assertThat(csc("generate", "--year", "2023-24", "--children", "300", "--seed", "5", "--format", "xml", "--output", b.toString()).exitCode()).isZero();
    assertThat(csc("generate", "--year", "2023-24", "--children", "300", "--seed", "6", "--format", "xml", "--output", c.toString()).exitCode()).isZero();
    assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEqualTo(Files.readAllBytes(c));
  }

  /** Through the CSV files and csc validate, with the bundled postcode directory (the postcode rules run). */
  @ParameterizedTest
  @ValueSource(strings = {"2022-23", "2023-24", "2024-25", "2025-26", "2026-27"})
  void aGeneratedCsvReturnValidatesWithNoErrorAgainstItsPreviousYear(String year) throws IOException {
    Path now = dir.resolve("now");
    Path last = dir.resolve("last");
    CscRun g =
        csc("generate", "--year", year, "--children", "1000", "--seed", "3", "--format", "csv", "--output", now.toString(),
            "--previous-output", last.toString());
    assertThat(g.exitCode()).as(g.err()).isZero();
    List<Child> children = Ssda903Csv.read(now);
    assertThat(children).hasSize(1000);
    Path report = dir.resolve("report.csv");
    CscRun v =
        csc("validate", "--year", year, "--previous", last.toString(), "--format", "csv", "--output", report.toString(), now.toString());
    // validate exits 0 only when the report has no error finding
    assertThat(v.exitCode()).as(v.out() + v.err() + String.join("\n", Files.readAllLines(report))).isZero();
  }

  /** --inject: each rule named fires in the written return (validated with its previous year), and no other error. */
  @Test
  void injectedRulesFireInTheWrittenReturnAndNoOther() throws IOException {
    Path now = dir.resolve("now");
    Path last = dir.resolve("last");
    CscRun g =
        csc("generate", "--year", "2024-25", "--children", "500", "--seed", "7", "--format", "csv", "--output", now.toString(),
            "--previous-output", last.toString(), "--inject", "103,576,SW12STG2,1001");
    assertThat(g.exitCode()).as(g.err()).isZero();
    assertThat(g.out()).contains("Injected 103 in child").contains("Injected 576 in child").contains("Injected SW12STG2").contains("Injected 1001");
    Path report = dir.resolve("report.csv");
    CscRun v =
        csc("validate", "--year", "2024-25", "--la", "383", "--previous", last.toString(), "--format", "csv", "--output", report.toString(),
            now.toString());
    assertThat(v.exitCode()).isEqualTo(1);
    List<String> codes = Files.readAllLines(report).stream().skip(1).map(l -> l.split(",")[0]).distinct().sorted().toList();
    assertThat(codes).containsExactly("1001", "103", "576", "SW12STG2");
  }

  @Test
  void refusesToInjectARuleTheYearDoesNotHave() {
    CscRun r =
        csc("generate", "--year", "2022-23", "--children", "50", "--format", "xml", "--output", dir.resolve("x.xml").toString(), "--inject", "SW12STG2");
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("SW12STG2").contains("not a rule of 2022-23");
    assertThat(Files.exists(dir.resolve("x.xml"))).isFalse();
  }

  @Test
  void refusesToInjectAPreviousYearRuleWithoutThePreviousYearsReturn() {
    CscRun r =
        csc("generate", "--year", "2024-25", "--children", "50", "--format", "xml", "--output", dir.resolve("x.xml").toString(), "--inject", "103,576");
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("576").contains("--previous-output");
    assertThat(Files.exists(dir.resolve("x.xml"))).isFalse();
  }

  @Test
  void refusesUnknownFormatsSizesAndAPreviousYearBeforeTheFirst() {
    assertThat(csc("generate", "--year", "2024-25", "--format", "json", "--output", dir.resolve("x").toString()).exitCode()).isEqualTo(Csc.USAGE);
    assertThat(csc("generate", "--year", "2024-25", "--children", "-1", "--format", "xml", "--output", dir.resolve("x").toString()).exitCode())
        .isEqualTo(Csc.USAGE);
    CscRun r =
        csc("generate", "--year", "2013-14", "--format", "xml", "--output", dir.resolve("x").toString(), "--previous-output",
            dir.resolve("y").toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("no previous year");
    assertThat(Files.exists(dir.resolve("x"))).isFalse();
  }
}
