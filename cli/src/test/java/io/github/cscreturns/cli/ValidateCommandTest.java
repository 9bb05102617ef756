package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  record Result(int exitCode, String out, String err) {}

  /** A return of three children read from "return.xml": ZA02 has no ethnicity, ZA01 is in the Header twice. */
  static List<Child> children() {
    List<Child> list = new ArrayList<>();
    for (String id : List.of("ZA01", "ZA02", "ZA03", "ZA01")) {
      int row = list.size();
      list.add(
          Child.builder()
              .childId(ChildId.of(id))
              .sex(Sex.M)
              .dob(LocalDate.of(2014, 5, 1))
              .upn(Upn.of("A123456789012"))
              .motherStatus(MotherStatus.NOT_A_MOTHER)
              .ethnicity(id.equals("ZA02") ? Optional.empty() : Optional.of(Ethnicity.WBRI))
              .unparsed(id.equals("ZA02") ? Map.of("ETHNIC", "WXYZ") : Map.of())
              .source(SourceLocation.builder().file("return.xml").line(3 + row * 10).column(5).recordIndex(row).build())
              .addEpisodes(
                  Episode.builder()
                      .start(LocalDate.of(2024, 6, 1))
                      .reasonNewEpisode(ReasonNewEpisode.S)
                      .legalStatus(LegalStatus.C2)
                      .categoryOfNeed(CategoryOfNeed.N1)
                      .placement(
                          Placement.builder()
                              .type(PlacementType.U4)
                              .provider(PlacementProvider.PR1)
                              .postcode(Postcode.of("BN1 1AA"))
                              .urn(Urn.of("SC123456"))
                              .build())
                      .homePostcode(Postcode.of("BN2 0AA")) // both postcodes are in the bundled directory
                      .build())
              // starting a period of care in the year, so with its previous permanence returned (630)
              .addPreviousPermanence(PreviousPermanence.builder().option(PreviousPermanenceOption.Z1).build())
              // looked after on 31 March, so with the social worker allocated since care began (SW12STG2)
              .addSocialWorkerEpisodes(
                  SocialWorkerEpisode.builder().socialWorkerId("SW00001").start(LocalDate.of(2024, 6, 1)).reasonEnded(SocialWorkerChangeReason.MANAGE).build())
              .build());
    }
    return list;
  }

  /** Reads "good" and "bad" inputs; any other path is unusable with a located message. */
  static final ReturnSource FAKE =
      (input, year) -> {
        String name = input.getFileName().toString();
        if (name.startsWith("good")) {
          return ReturnSource.Children.of(children().subList(0, 3).stream().filter(c -> !c.childId().value().equals("ZA02")).toList());
        }
        if (name.startsWith("bad") || Files.isDirectory(input)) {
          return ReturnSource.Children.of(children());
        }
        throw new ReturnSource.UnusableInputException(name + ":7:12: unexpected element <EPISOD>");
      };

  static Result csc(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(FAKE, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }

  @Test
  void csvReportHasALinePerFlaggedRecordAndExitsOneOnErrors() {
    Result r = csc("validate", "--child-ids", "--year", "2024-25", "--format", "csv", "bad.xml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines().toList())
        .containsExactly(
            "rule_code,severity,child_id,table,record_index,file,line,fields,message",
            "INT32,error,ZA01,Header,0,return.xml,3,CHILD,Internal Check: Child should only exist once in Header.",
            "103,error,ZA02,Header,1,return.xml,13,ETHNIC,The ethnicity code is either not valid or has not been entered.",
            "INT32,error,ZA01,Header,3,return.xml,33,CHILD,Internal Check: Child should only exist once in Header.");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void textReportSummarisesRulesThenFindingsPerChild() {
    Result r = csc("validate", "--child-ids", "--year", "2024-25", "bad.xml");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out())
        .startsWith("SSDA903 2024-25\nReference data: no LA (--la); postcodes ONSPD November 2025; no Ofsted lists (--ofsted)\n"
            + "Stages run: 1 and 2\nNOT VALID: 4 children checked, 3 errors, 0 queries; checked by the ")
        .containsPattern("checked by the \\d+ of 305 rules run; \\d+ not implemented, \\d+ skipped for a missing input\n\nFAILED RULES\n")
        .contains("\n103 ")
        .containsPattern("\n\\d+ rules passed and \\d+ skipped \\(\\d+ needs .*; \\d+ not implemented.*\\); --verbose lists every rule.\n")
        .doesNotContain("\n101 ")
        .contains("child ZA02\n  103 error Header return.xml:13 [ETHNIC] The ethnicity code is either not valid or has not been entered.\n");
  }

  @Test
  void aCleanReturnExitsZero() {
    Result r = csc("validate", "--year", "2024-25", "--format", "json", "good.xml");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("\"valid\": true").contains("\"findings\": []");
  }

  @Test
  void theSameInputGivesByteIdenticalReports(@TempDir Path dir) throws Exception {
    for (String format : List.of("text", "csv", "json")) {
      Path a = dir.resolve("a." + format);
      Path b = dir.resolve("b." + format);
      assertThat(csc("validate", "--year", "2024-25", "--format", format, "--output", a.toString(), "bad.xml").exitCode()).isEqualTo(1);
      assertThat(csc("validate", "--year", "2024-25", "--format", format, "--threads", "3", "--output", b.toString(), "bad.xml").exitCode()).isEqualTo(1);
      assertThat(Files.readAllBytes(a)).isEqualTo(Files.readAllBytes(b)).isNotEmpty();
    }
  }

  @Test
  void aFolderIsReadAsACsvFileSet(@TempDir Path dir) {
    Result r = csc("validate", "--year", "2024-25", "--format", "csv", dir.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out().lines()).hasSize(4);
  }

  @Test
  void childIdsCanBeMasked() {
    Result r = csc("validate", "--year", "2024-25", "--mask-child-ids", "bad.xml");
    assertThat(r.out()).doesNotContain("ZA01").doesNotContain("ZA02").contains("child P1\n").contains("child P2\n");
  }

  @Test
  void previousYearRulesRunWhenThePreviousReturnIsGiven() {
    Result without = csc("validate", "--year", "2024-25", "--format", "json", "good.xml");
    Result with = csc("validate", "--year", "2024-25", "--format", "json", "--previous", "good-last-year.xml", "good.xml");
    assertThat(with.exitCode()).isZero();
    assertThat(without.out()).contains("\"checked\": 2");
    assertThat(with.out()).doesNotContain("needs the previous year's return");
  }

  @Test
  void unusableInputIsOneLocatedLineAndExitTwo() {
    Result r = csc("validate", "--year", "2024-25", "broken.xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("broken.xml:7:12: unexpected element <EPISOD>" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void badArgumentsExitTwo() {
    assertThat(csc("validate", "bad.xml").exitCode()).isEqualTo(2);
    assertThat(csc("validate", "--year", "2014-15", "bad.xml").err()).startsWith("No SSDA903 rule set for '2014-15'. Accepted: 2022-23");
    assertThat(csc("validate", "--year", "2024-25", "--format", "xml", "bad.xml").exitCode()).isEqualTo(2);
    assertThat(csc("validate", "--year", "2024-25").exitCode()).isEqualTo(2);
    assertThat(csc("validate", "--year", "2023-24", "--sample").exitCode()).isEqualTo(2);
  }

  @Test
  void theSampleIsExtractedAndReadAsACsvFolder() {
    Result r = csc("validate", "--sample");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out()).startsWith("SSDA903 2024-25 (bundled sample return)\n");
  }

  @Test
  void aMissingInputIsOneLineAndExitTwo(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Csc.run(new PrintWriter(out), new PrintWriter(err), "validate", "--year", "2024-25", dir.resolve("none.xml").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("No such file or folder: " + dir.resolve("none.xml") + System.lineSeparator());
  }
}
