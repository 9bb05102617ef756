package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.ValidateCommandTest.csc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.cli.ValidateCommandTest.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csc validate} with reference data: --la, --postcodes, --no-postcodes, --ofsted. */
class ValidateReferenceDataTest {
  @TempDir Path dir;

  @Test
  void theLaIsGivenByDfeNumberOrOnsCodeAndNamedInTheReport() {
    for (String la : new String[] {"318", "e09000027"}) {
      Result r = csc("validate", "--year", "2024-25", "--la", la, "good.xml");
      assertThat(r.exitCode()).as(r.err()).isNotEqualTo(2);
      assertThat(r.out()).startsWith("SSDA903 2024-25\nReference data: LA 318 Richmond upon Thames (E09000027); postcodes ONSPD November 2025; no Ofsted lists (--ofsted)\n");
    }
  }

  @Test
  void anUnknownLaOrADistrictIsRefusedWithExitTwo() {
    Result unknown = csc("validate", "--year", "2024-25", "--la", "999", "good.xml");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--la: not one of England's 153 children's services authorities");
    Result district = csc("validate", "--year", "2024-25", "--la", "E07000223", "good.xml"); // Adur, West Sussex
    assertThat(district.exitCode()).isEqualTo(2);
    assertThat(district.err()).contains("is a district; its children's services authority is West Sussex, DfE 938");
  }

  @Test
  void withoutAnLaTheRulesNeedingItAreSkippedWithThatReason() {
    Result r = csc("validate", "--year", "2024-25", "--format", "json", "good.xml");
    assertThat(r.out()).contains("needs the returning local authority (--la)");
    Result with = csc("validate", "--year", "2024-25", "--format", "json", "--la", "318", "good.xml");
    assertThat(with.out()).doesNotContain("needs the returning local authority (--la)");
  }

  @Test
  void theBundledPostcodesAreUsedUnlessNoneAreWanted() {
    Result bundled = csc("validate", "--year", "2024-25", "--format", "json", "good.xml");
    assertThat(bundled.out()).doesNotContain("needs a postcode directory");
    Result none = csc("validate", "--year", "2024-25", "--no-postcodes", "good.xml");
    assertThat(none.out()).contains("Reference data: no LA (--la); no postcode directory;").contains("needs a postcode directory");
    assertThat(csc("validate", "--year", "2024-25", "--no-postcodes", "--postcodes", "x.csv", "good.xml").exitCode()).isEqualTo(2);
  }

  @Test
  void theUsersOwnOnspdIsUsedAndNamed() throws IOException {
    Path onspd = Files.writeString(dir.resolve("ONSPD_FEB_2026_UK.csv"), "pcds,oslaua,oseast1m,osnrth1m\nBN1 1AA,E06000043,531040,104624\nBN2 0AA,E06000043,532553,104036\n");
    Result r = csc("validate", "--year", "2024-25", "--postcodes", onspd.toString(), "--la", "846", "good.xml");
    assertThat(r.exitCode()).as(r.err()).isNotEqualTo(2);
    assertThat(r.out()).doesNotContain("needs a postcode directory");
    assertThat(r.out()).contains("postcodes ONSPD_FEB_2026_UK;");
    Path broken = Files.writeString(dir.resolve("broken.csv"), "pcds,oslaua,oseast1m\n");
    Result bad = csc("validate", "--year", "2024-25", "--postcodes", broken.toString(), "good.xml");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).startsWith("broken.csv, line 1: the header has no column for the northing (osnrth1m)");
  }

  @Test
  void ofstedListsRunTheUrnRules() throws IOException {
    Path listed = Files.writeString(dir.resolve("scp_31_March_2024.csv"),
        "URN,Placement code,Placement provider code,Setting postcode\nSC123456,U4,PR1,BN1 1AA\n");
    Result known = csc("validate", "--year", "2024-25", "--format", "csv", "--la", "846", "--ofsted", listed.toString(), "good.xml");
    assertThat(known.exitCode()).as(known.err()).isNotEqualTo(2);
    // The listed provider matches the episodes' URN, type, provider and postcode: no URN rule fires.
    assertThat(known.out().lines().filter(l -> l.matches("(219|221|224|227|228|229|1008),.*"))).isEmpty();
    Result text = csc("validate", "--year", "2024-25", "--la", "846", "--ofsted", listed.toString(), "good.xml");
    assertThat(text.out()).contains("Ofsted lists scp_31_March_2024.csv (2024-03-31)");
    Path other = Files.writeString(dir.resolve("other.csv"), "URN,Placement code,Placement provider code,Setting postcode\nSC999999,K2,PR4,BN1 1AA\n");
    Result unknown = csc("validate", "--year", "2024-25", "--format", "csv", "--la", "846", "--ofsted", other.toString(), "good.xml");
    assertThat(unknown.out().lines().filter(l -> l.startsWith("1008,")).count()).isEqualTo(2);
    assertThat(unknown.out()).contains("\n219,").contains("\n224,");
  }

  @Test
  void severalOfstedListsAreGivenByRepeatingTheOptionOrWithCommas() throws IOException {
    Path homes = Files.writeString(dir.resolve("ch.csv"), "URN,Provider code,Provider Placement Code,Setting Postcode\nSC000001,K2,PR4,BN1 1AA\n");
    Path scp = Files.writeString(dir.resolve("scp.csv"), "URN,Placement code,Placement provider code,Setting postcode\nSC123456,U4,PR1,BN1 1AA\n");
    Result repeated = csc("validate", "--year", "2024-25", "--la", "846", "--ofsted", homes.toString(), "--ofsted", scp.toString(), "good.xml");
    Result commas = csc("validate", "--year", "2024-25", "--la", "846", "--ofsted", homes + "," + scp, "good.xml");
    assertThat(repeated.exitCode()).as(repeated.err()).isNotEqualTo(2);
    assertThat(repeated.out()).contains("Ofsted lists ch.csv, scp.csv");
    assertThat(commas.out()).isEqualTo(repeated.out());
  }

  @Test
  void anUnreadableOfstedListIsOneLocatedLineAndExitTwo() throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.xlsx"), "not a workbook");
    Result r = csc("validate", "--year", "2024-25", "--ofsted", bad.toString(), "good.xml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("bad.xlsx: not an xlsx workbook (not a zip file)" + System.lineSeparator());
  }
}
