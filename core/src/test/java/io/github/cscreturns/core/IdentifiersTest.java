package io.github.cscreturns.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** ChildId, Urn, LaCode and SourceLocation: small values, any text accepted, well-formedness asked. */
class IdentifiersTest {
  @Test
  void childIdFitsTheSchemaUpToTenCharacters() {
    assertThat(ChildId.of("1234567890").isWellFormed()).isTrue();
    assertThat(ChildId.of("12345678901").isWellFormed()).isFalse();
    assertThat(ChildId.of("").isWellFormed()).isFalse();
    assertThat(ChildId.of("").isBlank()).isTrue();
    assertThat(ChildId.of(" 12").isWellFormed()).isFalse();
    assertThat(ChildId.of("A1")).isEqualTo(ChildId.of("A1")).hasToString("A1");
    assertThat(ChildId.of("A1")).isLessThan(ChildId.of("A2"));
  }

  @Test
  void urnIsSixToEightDigitsOptionallyAfterScOrThePlaceholder() {
    assertThat(Urn.of("SC123456").isWellFormed()).isTrue();
    assertThat(Urn.of("123456").isWellFormed()).isTrue();
    assertThat(Urn.of("12345").isWellFormed()).isFalse();
    assertThat(Urn.of("XXXXXXX").isPlaceholder()).isTrue();
    assertThat(Urn.of("XXXXXXX").isWellFormed()).isFalse();
    assertThat(Urn.of("sc123456").isWellFormed()).isFalse();
  }

  @Test
  void laCodeThreeDigits() {
    assertThat(LaCode.of("931").isThreeDigit()).isTrue();
    assertThat(LaCode.of("93").isThreeDigit()).isFalse();
    assertThat(LaCode.of("E10000034").isThreeDigit()).isFalse();
    assertThat(LaCode.of("931")).isEqualTo(LaCode.of("931"));
  }

  @Test
  void sourceLocationDescribesItself() {
    assertThat(SourceLocation.of("episodes.csv", 12).describe()).isEqualTo("episodes.csv:12");
    SourceLocation xml = SourceLocation.builder().file("return.xml").line(40).column(7).elementPath("/Message/Children/Child[3]").build();
    assertThat(xml.describe()).isEqualTo("return.xml:40:7 (/Message/Children/Child[3])");
    assertThat(SourceLocation.builder().build().describe()).isEqualTo("<input>");
  }
}
