package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
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

  // ---------------------------------------------------------------- --return cin

  @Test
  void writesACinReturnThatReadsBackWithTheSameBytesForTheSameOptions() throws IOException {
    Path a = dir.resolve("cin-a.xml");
    Path b = dir.resolve("cin-b.xml");
    CscRun r = csc("generate", "--return", "cin", "--year", "2023-24", "--children", "300", "--seed", "4", "--format", "xml", "-o", a.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Wrote 300 children (CIN 2023-24 xml)").contains("in need at 31 March").contains("child protection plan");
    CinReturn read = CinXml.read(a);
    assertThat(read.children()).hasSize(300);
    assertThat(read.referenceDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(read.header().orElseThrow().lea()).contains("383");
    assertThat(read).isEqualTo(CinGenerator.builder(CollectionYear.Y2023_24).seed(4).children(300).la(LaCode.of("383")).build().generate());
    assertThat(csc("generate", "--return", "CIN", "--year", "2023-24", "--children", "300", "--seed", "4", "--format", "xml", "-o", b.toString()).exitCode())
        .isZero();
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void writesACinReturnWithSexFrom2024To25() throws IOException {
    Path xml = dir.resolve("cin.xml");
    CscRun r = csc("generate", "--return", "cin", "--year", "2024-25", "--children", "50", "--seed", "1", "--format", "xml", "--output", xml.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(Files.readString(xml)).contains("<Sex>").doesNotContain("<GenderCurrent>");
  }

  @Test
  void refusesForCinTheOptionsOfSsda903OnlyAndYearsItDoesNotGenerate() {
    Path x = dir.resolve("x.xml");
    CscRun csv = csc("generate", "--return", "cin", "--year", "2024-25", "--format", "csv", "--output", x.toString());
    assertThat(csv.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(csv.err()).contains("XML only");
    CscRun previous =
        csc("generate", "--return", "cin", "--year", "2024-25", "--format", "xml", "--output", x.toString(), "--previous-output", dir.resolve("y.xml").toString());
    assertThat(previous.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(previous.err()).contains("--previous-output").contains("SSDA903");
    CscRun inject = csc("generate", "--return", "cin", "--year", "2024-25", "--format", "xml", "--output", x.toString(), "--inject", "8500");
    assertThat(inject.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(inject.err()).contains("--inject").contains("SSDA903");
    CscRun early = csc("generate", "--return", "cin", "--year", "2015-16", "--format", "xml", "--output", x.toString());
    assertThat(early.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(early.err()).contains("2016-17 to 2025-26");
    CscRun unknown = csc("generate", "--return", "csww", "--year", "2024-25", "--format", "xml", "--output", x.toString());
    assertThat(unknown.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(unknown.err()).contains("Accepted: ssda903, cin");
    assertThat(Files.exists(x)).isFalse();
  }
}
