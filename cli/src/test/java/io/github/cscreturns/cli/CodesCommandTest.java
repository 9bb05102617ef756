package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodesCommandTest {

  record Result(int exitCode, String out, String err) {
    List<String> codes() {
      return Arrays.stream(out.split("\n")).filter(l -> !l.isEmpty()).map(l -> l.split("\t")[0]).toList();
    }
  }

  static Result csc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void placementTypesOf2013_14HaveTheOldFosterCodes() {
    Result r = csc("codes", "PLACE", "--year", "2013-14");
    assertThat(r.exitCode()).isZero();
    assertThat(r.codes()).contains("Q1", "Q2", "M1").noneMatch(c -> c.startsWith("U"));
  }

  @Test
  void placementTypesOf2014_15HaveTheNewFosterCodes() {
    Result r = csc("codes", "PLACE", "--year", "2014-15");
    assertThat(r.codes()).contains("U1", "U2", "U3", "U4", "U5", "U6").doesNotContain("Q1", "Q2", "M1", "M2", "M3");
    assertThat(r.out()).contains("U1\tFoster placement with relative(s) or friend(s) - long term fostering\n");
  }

  @Test
  void placementTypesOf2025_26SubdivideZ1() {
    assertThat(csc("codes", "PLACE", "--year", "2025-26").codes())
        .contains("Z11", "Z12", "Z13", "Z14")
        .doesNotContain("Z1");
  }

  @Test
  void reasonsForNewEpisodeGainTandUIn2015_16() {
    assertThat(csc("codes", "RNE", "--year", "2015-16").codes()).contains("T", "U");
    assertThat(csc("codes", "RNE", "--year", "2014-15").codes()).doesNotContain("T", "U");
  }

  @Test
  void sexIsMfuFrom2024_25() {
    assertThat(csc("codes", "SEX", "--year", "2024-25").codes()).containsExactly("M", "F", "U");
  }

  @Test
  void codesComeInGuideOrder() {
    assertThat(csc("codes", "PLACE", "--year", "2024-25").codes())
        .startsWith("A3", "A4", "A5", "A6", "H5", "K1", "K2", "K3", "P1");
  }

  @Test
  void allListsEveryCodeWithItsYears() {
    Result r = csc("codes", "place", "--all");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("Q1\t2013-14\t2013-14\t").contains("U1\t2014-15\t2026-27\t").contains("Z1\t2013-14\t2024-25\t");
  }

  @Test
  void anUnknownCodesetSaysWhatIsAccepted() {
    Result r = csc("codes", "PLACES", "--year", "2014-15");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("Unknown codeset 'PLACES'. Accepted: PLACE, REC").doesNotContain("\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownYearSaysWhatIsAccepted() {
    Result r = csc("codes", "PLACE", "--year", "2040-41");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).isEqualTo("Unknown collection year '2040-41'. Accepted: " + io.github.cscreturns.codesets.CollectionYear.acceptedLabels() + ".");
  }

  @Test
  void missingYearOrAllIsAUsageError() {
    Result r = csc("codes", "PLACE");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--year").contains("--all");
  }

  @Test
  void helpAndVersionWork() {
    Result help = csc("--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("codes");
    Result codesHelp = csc("codes", "--help");
    assertThat(codesHelp.out()).contains("CODESET").contains("--year");
    Result version = csc("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("csc ");
  }
}
