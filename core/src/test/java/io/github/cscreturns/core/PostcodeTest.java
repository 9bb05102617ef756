package io.github.cscreturns.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {
  @ParameterizedTest
  @CsvSource({
    "SW1A 1AA, SW1A 1AA, SW1A", // England, A9A form
    "CF10 1AA, CF10 1AA, CF10", // Wales, AA99
    "EH1 1YZ, EH1 1YZ, EH1", // Scotland, AA9
    "BT1 1AA, BT1 1AA, BT1", // Northern Ireland
    "M1 1AE, M1 1AE, M1", // A9
    "B33 8TH, B33 8TH, B33", // A99
    "W1A 0AX, W1A 0AX, W1A", // A9A
    "sw1a 1aa, SW1A 1AA, SW1A", // lower case
    "SW1A1AA, SW1A 1AA, SW1A", // no space
    "'  SW1A   1AA ', SW1A 1AA, SW1A", // extra spaces
  })
  void fullPostcodesAreWellFormedAndNormalised(String text, String normalised, String outward) {
    Postcode p = Postcode.of(text);
    assertThat(p.isWellFormed()).isTrue();
    assertThat(p.isPartial()).isFalse();
    assertThat(p.normalised()).contains(normalised);
    assertThat(p.outwardCode()).contains(outward);
    assertThat(p.value()).as("raw text kept").isEqualTo(text);
  }

  @Test
  void partialPostcodesAreRecognised() {
    Postcode p = Postcode.of("SW1A 1");
    assertThat(p.isPartial()).isTrue();
    assertThat(p.isWellFormed()).isFalse();
    assertThat(p.normalised()).contains("SW1A 1");
    assertThat(Postcode.of("bt1  1").normalised()).contains("BT1 1");
    assertThat(Postcode.of("cf101").normalised()).contains("CF10 1");
  }

  @Test
  void northernIrelandIsBt() {
    assertThat(Postcode.of("BT1 1AA").isNorthernIreland()).isTrue();
    assertThat(Postcode.of("bt7 1nn").isNorthernIreland()).isTrue();
    assertThat(Postcode.of("EH1 1YZ").isNorthernIreland()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "rubbish", "12345", "SW1A 1AAA", "1AA SW1A", "SW1A", "S", "SW1A-1AA", "ABC1 1AA"})
  void rubbishIsNeitherFullNorPartialAndHasNoNormalForm(String text) {
    Postcode p = Postcode.of(text);
    assertThat(p.isWellFormed()).isFalse();
    assertThat(p.isPartial()).isFalse();
    assertThat(p.normalised()).isEmpty();
    assertThat(p.outwardCode()).isEmpty();
    assertThat(p.value()).isEqualTo(text);
  }

  @Test
  void equalityIsOnTheRawText() {
    assertThat(Postcode.of("SW1A 1AA")).isEqualTo(Postcode.of("SW1A 1AA"));
    assertThat(Postcode.of("sw1a 1aa")).as("lossless: the text as written").isNotEqualTo(Postcode.of("SW1A 1AA"));
  }

  /**
   * The hand-written matching (Postcode avoids regular expressions on the validation hot path) agrees
   * with the Royal Mail patterns as regular expressions on many seeded random texts near the format.
   */
  @Test
  void handWrittenMatchingAgreesWithThePatterns() {
    java.util.regex.Pattern full = java.util.regex.Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
    java.util.regex.Pattern partial = java.util.regex.Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9])");
    String alphabet = "ABZbz09 5  \t\u00e9\u2003";
    java.util.Random r = new java.util.Random(1234);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int k = r.nextInt(10); k > 0; k--) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      String squeezed = text.strip().toUpperCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
      var f = full.matcher(squeezed);
      var p = partial.matcher(squeezed);
      java.util.Optional<String> expected =
          f.matches()
              ? java.util.Optional.of(f.group(1) + " " + f.group(2))
              : p.matches() ? java.util.Optional.of(p.group(1) + " " + p.group(2)) : java.util.Optional.empty();
      Postcode postcode = Postcode.of(text);
      assertThat(postcode.isWellFormed()).as(text).isEqualTo(full.matcher(squeezed).matches());
      assertThat(postcode.isPartial()).as(text).isEqualTo(partial.matcher(squeezed).matches());
      assertThat(postcode.normalised()).as(text).isEqualTo(expected);
      assertThat(postcode.isNorthernIreland()).as(text).isEqualTo(squeezed.startsWith("BT"));
    }
  }
}
