package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkforceCommandTest {
  static final String SAMPLE = SpecFiles.file("csww/social_work_workforce_2022_sample.xml").toString();

  static CodesCommandTest.Result csc(String... args) {
    return CodesCommandTest.csc(args);
  }

  @Test
  void printsTheSnapshotAndMeasuresOfTheSample() {
    CodesCommandTest.Result r = csc("workforce", "--year", "2022-23", SAMPLE);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out())
        .contains("as at 2023-09-30 (census 2022-23), LA 301")
        .containsPattern("Vacancies +FTE 79.68, headcount not available")
        .containsPattern("Agency workers +FTE 59.82, headcount 71")
        .containsPattern("Agency-worker rate \\(of all posts\\) +\\d+\\.\\d%")
        .containsPattern("Social workers \\(employed\\) +FTE [0-9.]+, headcount \\d+")
        .containsPattern("Vacancy rate +\\d+\\.\\d%")
        .containsPattern("Turnover rate +\\d+\\.\\d%");
    // The sample's header says 30 September 2022: the command says which date it used.
    assertThat(r.err()).contains("ReferenceDate is 2022-09-30; figures are as at 2023-09-30");
    // No personal values: registration numbers and birth dates of the sample do not appear.
    assertThat(r.out() + r.err()).doesNotContain("Oz2054309383", "1967-01-04");
  }

  @Test
  void jsonHasTheSnapshotAndTheMeasures() throws IOException {
    CodesCommandTest.Result r = csc("workforce", "--year", "2022-23", "--format", "json", SAMPLE);
    assertThat(r.exitCode()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.at("/snapshot/referenceDate").asText()).isEqualTo("2023-09-30");
    assertThat(root.at("/snapshot/vacancies/fte").decimalValue()).isEqualByComparingTo("79.68");
    assertThat(root.at("/snapshot/agencyWorkers/headcount").asInt()).isEqualTo(71);
    JsonNode swFte = root.at("/snapshot/socialWorkers/fte");
    double expectedVacancyRate = 79.68 / (swFte.asDouble() + 79.68);
    assertThat(root.at("/measures/vacancyRate").asDouble()).isCloseTo(expectedVacancyRate, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(root.at("/measures/workingDaysPerFte").asInt()).isEqualTo(261);
  }

  @Test
  void unusableInputGivesOneLineWithFileLineAndColumn(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.xml");
    Files.writeString(bad, "<Message>\n  <CSWWWorker>\n    <FTE>1</FT>\n");
    CodesCommandTest.Result r = csc("workforce", "--year", "2022-23", bad.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    // the file as given, then line and column
    assertThat(r.err().strip()).startsWith(bad + ":3:").doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aMissingFileOrUnknownYearIsAUsageError(@TempDir Path dir) {
    CodesCommandTest.Result missing = csc("workforce", "--year", "2022-23", dir.resolve("none.xml").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).startsWith(dir.resolve("none.xml") + ": cannot read the file");
    CodesCommandTest.Result year = csc("workforce", "--year", "1999-00", SAMPLE);
    assertThat(year.exitCode()).isEqualTo(2);
    assertThat(year.err()).contains("Unknown collection year '1999-00'");
  }
}
