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
  void aPaddedCodeIsKeptAsWrittenAndABlankIsAbsent() {
    Texts t = new Texts();
    assertThat(t.optCode(Ethnicity.CODESET, " WBRI", "ETHNIC")).isEmpty();
    assertThat(t.unparsed).containsEntry("ETHNIC", " WBRI");
    t.startRecord();
    assertThat(t.optCode(Ethnicity.CODESET, "  ", "ETHNIC")).isEmpty();
    assertThat(t.optCode(Ethnicity.CODESET, "", "ETHNIC")).isEmpty();
    assertThat(t.unparsed).isEmpty();
    assertThat(t.optCode(Ethnicity.CODESET, "wbri", "ETHNIC")).contains(Ethnicity.WBRI);
    assertThat(t.unparsed).isEmpty();
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
