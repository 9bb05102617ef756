package io.github.cscreturns.serialization.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.Sex;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How an item is judged, as the DfE portal reads it: case does not matter, spaces around it do. */
class TextsTest {
  @Test
  void aCodeInLowerCaseIsTheCode() {
    assertThat(Texts.parseCode(Sex.CODESET, "m")).isEqualTo(Sex.parse("M"));
    assertThat(Texts.parseCode(Ethnicity.CODESET, "wbri")).contains(Ethnicity.WBRI);
    assertThat(Texts.parseCode(PlacementType.CODESET, "a3")).isEqualTo(PlacementType.CODESET.parse("A3"));
    assertThat(Texts.parseCode(PlacementType.CODESET, "U1")).isEqualTo(PlacementType.CODESET.parse("U1"));
  }

  @ParameterizedTest
  @ValueSource(strings = {" M", "M ", " wbri", "WBRI ", "\tA3", "W BRI", "zz"})
  void aPaddedOrUnknownCodeIsNotACode(String text) {
    assertThat(Texts.parseCode(Ethnicity.CODESET, text)).isEmpty();
    assertThat(Texts.parseCode(PlacementType.CODESET, text)).isEmpty();
  }

  @Test
  void aPaddedCodeIsNoCodeAndIsKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.optCode(Ethnicity.CODESET, " WBRI", "ETHNIC")).isEmpty();
    assertThat(t.unparsed).containsEntry("ETHNIC", " WBRI");
    assertThat(t.asWritten).isEmpty();
    t.startRecord();
    assertThat(t.optCode(Ethnicity.CODESET, " wbri", "ETHNIC")).isEmpty();
    assertThat(t.unparsed).containsEntry("ETHNIC", " WBRI");
    assertThat(t.asWritten).containsEntry("ETHNIC", " wbri");
  }

  @Test
  void onlyAnEmptyItemIsBlankAnItemOfSpacesIsText() {
    Texts t = new Texts();
    assertThat(t.optCode(Ethnicity.CODESET, "", "ETHNIC")).isEmpty();
    assertThat(t.optCode(Ethnicity.CODESET, null, "ETHNIC")).isEmpty();
    assertThat(t.optDate("", "DECOM")).isEmpty();
    assertThat(t.id("", s -> s, "UPN")).isEmpty();
    assertThat(t.unparsed).isEmpty();
    assertThat(t.optCode(Ethnicity.CODESET, "  ", "ETHNIC")).isEmpty();
    assertThat(t.optDate(" ", "DECOM")).isEmpty();
    assertThat(t.unparsed).containsEntry("ETHNIC", "  ").containsEntry("DECOM", " ");
    assertThat(t.id("  ", s -> s, "UPN")).contains("  ");
  }

  @Test
  void aLowerCaseCodeIsTheCodeAndIsKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.optCode(Ethnicity.CODESET, "wbri", "ETHNIC")).contains(Ethnicity.WBRI);
    assertThat(t.optCode(Sex.CODESET, "M", "SEX")).isEqualTo(Sex.parse("M"));
    assertThat(t.unparsed).isEmpty();
    assertThat(t.asWritten).containsExactly(java.util.Map.entry("ETHNIC", "wbri"));
  }

  @Test
  void unparsedTextIsJudgedUpperCasedAndKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.optCode(PlacementType.CODESET, "zz9", "PLACE")).isEmpty();
    assertThat(t.optDate("zz/05/2019", "DATE_PERM")).isEmpty();
    assertThat(t.unparsed).containsEntry("PLACE", "ZZ9").containsEntry("DATE_PERM", "ZZ/05/2019");
    assertThat(t.asWritten).containsEntry("PLACE", "zz9").containsEntry("DATE_PERM", "zz/05/2019");
  }

  @Test
  void aDateInAnotherFormOfTheSameDayIsKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.optDate("1/7/2019", "DECOM")).contains(LocalDate.of(2019, 7, 1));
    assertThat(t.optDate("02/07/2019", "DEC")).contains(LocalDate.of(2019, 7, 2));
    assertThat(t.unparsed).isEmpty();
    assertThat(t.asWritten).containsExactly(java.util.Map.entry("DECOM", "1/7/2019"));
  }

  @Test
  void aNumberIsReadAsANumberIsSpacesAsideAndKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.optInteger(" 7", "SDQ_SCORE")).contains(7);
    assertThat(t.asWritten).containsEntry("SDQ_SCORE", " 7");
    t.startRecord();
    assertThat(t.optInteger("07", "SDQ_SCORE")).contains(7);
    assertThat(t.asWritten).containsEntry("SDQ_SCORE", "07");
    t.startRecord();
    assertThat(t.optInteger("17", "SDQ_SCORE")).contains(17);
    assertThat(t.optInteger("  ", "X")).isEmpty();
    assertThat(t.optInteger("1.5", "Y")).isEmpty();
    assertThat(t.unparsed).containsEntry("X", "  ").containsEntry("Y", "1.5");
    assertThat(t.asWritten).isEmpty();
  }

  @Test
  void anIdentifierIsJudgedUpperCasedNothingStrippedAndKeptAsWritten() {
    Texts t = new Texts();
    assertThat(t.id("un1", s -> s, "UPN")).contains("UN1");
    assertThat(t.id(" A123456789012", s -> s, "HOME_POST")).contains(" A123456789012");
    assertThat(t.id("tw9 1aa", s -> s, "PL_POST")).contains("TW9 1AA");
    assertThat(t.unparsed).isEmpty();
    assertThat(t.asWritten).containsEntry("UPN", "un1").containsEntry("PL_POST", "tw9 1aa").doesNotContainKey("HOME_POST");
  }

  @Test
  void aDateIsDayMonthYearWithOneOrTwoDigitDayAndMonth() {
    assertThat(Texts.parseDate("01/07/2019")).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(Texts.parseDate("1/7/2019")).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(Texts.parseDate("1/07/2019")).isEqualTo(LocalDate.of(2019, 7, 1));
    assertThat(Texts.parseDate("29/02/2020")).isEqualTo(LocalDate.of(2020, 2, 29));
  }

  @ParameterizedTest
  @ValueSource(strings = {" 25/06/2011", "25/06/2011 ", "00/00/0000", "29/02/2017", "31/04/2020", "unknown", "2019-07-01",
      "1/7/19", "001/07/2019", "01/13/2019", "09/29/2016", "01/07/20190", "/07/2019", "01//2019", "aa/bb/cccc"})
  void otherTextIsNotADate(String text) {
    assertThat(Texts.parseDate(text)).isNull();
  }
}
