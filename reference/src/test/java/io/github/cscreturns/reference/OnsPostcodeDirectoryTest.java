package io.github.cscreturns.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OnsPostcodeDirectoryTest {
  private static final LocalAuthorityList LAS = LocalAuthorityList.bundled();

  private static OnsPostcodeDirectory load(String csv) throws IOException {
    return OnsPostcodeDirectory.fromOnspd(new StringReader(csv), "test.csv", "test", LAS);
  }

  @Test
  void bundledDirectoryKnowsPostcodesInEveryNationWithTheirAuthorities() {
    OnsPostcodeDirectory d = OnsPostcodeDirectory.bundled();
    // From the ONSPD extract: AB1 0AA lies in Aberdeen City (S12000033), M99 1AA in Manchester (352).
    assertThat(d.find("AB1 0AA")).contains(new OnsPostcodeDirectory.PostcodeLocation("AB1 0AA", Optional.of("S12000033"), OptionalInt.of(385386), OptionalInt.of(801193)));
    assertThat(d.localAuthority(Postcode.of("M99 1AA"))).contains(LaCode.of("352"));
    assertThat(d.localAuthority(Postcode.of("AB1 0AA"))).contains(LaCode.of("S12000033"));
    // Guernsey: an LA but no grid reference.
    assertThat(d.find("GY1 1AA").orElseThrow().easting()).isEmpty();
    assertThat(d.distanceMiles(Postcode.of("GY1 1AA"), Postcode.of("M99 1AA"))).isEmpty();
    assertThat(d.find("ZZ9 9ZZ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"AB1 0AA", "ab1 0aa", "AB10AA", " AB1  0AA ", "Ab1\t0aA"})
  void postcodesMatchWhateverTheirCaseAndSpacing(String text) {
    assertThat(OnsPostcodeDirectory.bundled().find(text).map(OnsPostcodeDirectory.PostcodeLocation::postcode)).contains("AB1 0AA");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "AB1", "AB1 0A", "AB1 0AAA", "AB1 AAA", "AB1 00A", "A-1 0AA", "ABCDE 0AA"})
  void textThatIsNoPostcodeIsNotFound(String text) {
    assertThat(OnsPostcodeDirectory.bundled().find(text)).isEmpty();
  }

  @Test
  void distanceIsStraightLineMilesToOneDecimalPlace() throws IOException {
    OnsPostcodeDirectory d = load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AA,E09000027,100000,200000\nAA1 1AB,E09000027,103000,204000\n");
    // 5,000 m = 3.1069 miles.
    assertThat(d.distanceMiles(Postcode.of("AA1 1AA"), Postcode.of("aa11ab"))).hasValue(3.1);
    assertThat(d.distanceMiles(Postcode.of("AA1 1AA"), Postcode.of("AA1 1AA"))).hasValue(0.0);
    assertThat(d.localAuthority(Postcode.of("AA1 1AB"))).contains(LaCode.of("318"));
  }

  @Test
  void districtPostcodeLiesInItsCountyForChildrensServices() throws IOException {
    LocalAuthorityList.LowerTier district =
        LAS.lowerTiers().stream().filter(t -> !t.onsCode().equals(t.childrenServicesOnsCode()) && t.dfeNumber().isPresent()).findFirst().orElseThrow();
    OnsPostcodeDirectory d = load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AA," + district.onsCode() + ",1,1\n");
    assertThat(d.localAuthority(Postcode.of("AA1 1AA"))).contains(LaCode.of(district.dfeNumber().get()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"oslaua", "laua", "ltla", "lad25cd", "LAD23CD"})
  void acceptsEachKnownNameOfTheLaColumnInAnyColumnOrder(String laColumn) throws IOException {
    OnsPostcodeDirectory d = load("osnrth1m,pcd," + laColumn + ",doterm,oseast1m\n204000,AA1 1AB,E09000027,,103000\n");
    assertThat(d.find("AA1 1AB").orElseThrow().lowerTierLa()).contains("E09000027");
    assertThat(d.find("AA1 1AB").orElseThrow().northing()).hasValue(204000);
  }

  @Test
  void prefersTheNewestLadColumn() throws IOException {
    OnsPostcodeDirectory d = load("pcds,lad21cd,lad25cd,oseast1m,osnrth1m\nAA1 1AB,E07000001,E09000027,1,1\n");
    assertThat(d.find("AA1 1AB").orElseThrow().lowerTierLa()).contains("E09000027");
  }

  @Test
  void blankValuesAreUnknownAndQuotedFieldsAreRead() throws IOException {
    OnsPostcodeDirectory d = load("\uFEFF\"pcds\",\"ltla\",\"oseast1m\",\"osnrth1m\"\r\n\"AA1 1AB\",\"\",\"\",\"\"\r\nAA1 1AD,nan,5,6\r\n");
    assertThat(d.localAuthority(Postcode.of("AA1 1AB"))).isEmpty();
    assertThat(d.find("AA1 1AD").orElseThrow().lowerTierLa()).isEmpty();
    assertThat(d.size()).isEqualTo(2);
  }

  @Test
  void readsTheCsvPlainGzippedOrInTheZipAsOnsPublishesIt(@TempDir Path dir) throws IOException {
    String csv = "pcds,oslaua,oseast1m,osnrth1m\nAA1 1AB,E09000027,1,2\n";
    Path plain = Files.writeString(dir.resolve("ONSPD_FEB_2026_UK.csv"), csv);
    Path gz = dir.resolve("onspd.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(csv.getBytes(StandardCharsets.UTF_8));
    }
    Path zip = dir.resolve("ONSPD_FEB_2026.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("Documents/readme.txt"));
      out.write("x".getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("Data/ONSPD_FEB_2026_UK.csv"));
      out.write(csv.getBytes(StandardCharsets.UTF_8));
    }
    for (Path file : List.of(plain, gz, zip)) {
      OnsPostcodeDirectory d = OnsPostcodeDirectory.fromOnspd(file);
      assertThat(d.localAuthority(Postcode.of("AA1 1AB"))).as(file.toString()).contains(LaCode.of("318"));
    }
    assertThat(OnsPostcodeDirectory.fromOnspd(plain).release()).isEqualTo("ONSPD_FEB_2026_UK");
  }

  @Test
  void errorsNameFileLineAndColumnButNoValue() {
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m\n"))
        .hasMessage("test.csv, line 1: the header has no column for the northing (osnrth1m)");
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AB,E09000027,1,2\nSECRET9,E09000027,1,2\n"))
        .hasMessage("test.csv, line 3, column 1: not a postcode of the Royal Mail shape")
        .hasMessageNotContaining("SECRET");
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AB,E09000027,12x4,2\n"))
        .hasMessageStartingWith("test.csv, line 2, column 3: a grid reference")
        .hasMessageNotContaining("12x4");
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AB,E09000027,1\n"))
        .hasMessage("test.csv, line 2, column 1: expected 4 columns as in the header, found 3");
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AB,E09000027,1,2\naa11ab,E09000027,1,2\n"))
        .hasMessage("a postcode appears twice (data rows 1 and 2)");
    assertThatThrownBy(() -> load("pcds,ltla,oseast1m,osnrth1m\nAA1 1AB,\"E09000027,1,2\n"))
        .hasMessage("test.csv, line 2, column 9: a quoted field is not closed before the end of the file");
  }

  @Test
  void anOverlongFieldIsRefused() {
    String csv = "pcds,ltla,oseast1m,osnrth1m\nAA1 1AB," + "E".repeat(10_000) + ",1,2\n";
    assertThatThrownBy(() -> load(csv)).hasMessage("test.csv, line 2, column 9: a field longer than 4096 characters");
  }

  @Test
  void anOverlongRecordIsRefusedAtTheFieldThatPassesTheBound() {
    String csv = "pcds,ltla,oseast1m,osnrth1m\n" + ("E".repeat(4000) + ",").repeat(300) + "\n";
    // 262 fields of 4,000 characters and their commas fit in 1,048,576; the 263rd does not
    assertThatThrownBy(() -> load(csv)).hasMessage("test.csv, line 2, column " + (262 * 4001 + 1) + ": a record longer than 1048576 characters");
  }
}
