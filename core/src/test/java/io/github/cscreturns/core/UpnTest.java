package io.github.cscreturns.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UpnTest {
  // Check letters worked by hand: characters 2-13 weighted 2-13, the sum modulo 23 indexes
  // ABCDEFGHJKLMNPQRTUVWXYZ. H801200001001: 8*2 + 1*4 + 2*5 + 1*10 + 1*13 = 53, 53 mod 23 = 7 -> H.
  // C931123414001: 18+9+4+5+12+21+32+9+40+13 = 163, mod 23 = 2 -> C.
  // Temporary U80120000100A: final A counts 0, so 53 - 13 = 40, mod 23 = 17 -> U.
  // Temporary X20620241234Z: final Z counts 22 (22*13 = 286), sum 480, mod 23 = 20 -> X.
  @ParameterizedTest
  @ValueSource(strings = {"H801200001001", "C931123414001", "U80120000100A", "X20620241234Z", "A000000000000"})
  void knownGoodUpnsHaveAValidCheckLetterAndEveryOtherFirstLetterFails(String good) {
    assertThat(Upn.of(good).hasValidCheckLetter()).isTrue();
    for (char c = 'A'; c <= 'Z'; c++) {
      if (c != good.charAt(0)) {
        assertThat(Upn.of(c + good.substring(1)).hasValidCheckLetter()).as("%s", c).isFalse();
      }
    }
  }

  @Test
  void expectedCheckLetterIgnoresTheFirstCharacter() {
    assertThat(Upn.expectedCheckLetter("?801200001001")).contains('H');
    assertThat(Upn.expectedCheckLetter("?80120000100A")).contains('U');
    assertThat(Upn.expectedCheckLetter("?80120000100I")).as("I is not in the table").isEmpty();
    assertThat(Upn.expectedCheckLetter("?8012000010")).isEmpty();
  }

  @Test
  void temporaryUpnsEndInALetter() {
    assertThat(Upn.of("U80120000100A").isTemporary()).isTrue();
    assertThat(Upn.of("H801200001001").isTemporary()).isFalse();
    assertThat(Upn.of("UN1").isTemporary()).isFalse();
  }

  @Test
  void unknownReasonCodesAreUn1ToUn10() {
    for (int n = 1; n <= 10; n++) {
      Upn upn = Upn.of("UN" + n);
      assertThat(upn.isUnknownReasonCode()).isTrue();
      assertThat(upn.unknownReason()).contains(n);
      assertThat(upn.isWellFormed()).isFalse();
      assertThat(upn.hasValidCheckLetter()).isFalse();
    }
    for (String not : new String[] {"UN0", "UN11", "un1", "UN", "UN01", " UN1"}) {
      assertThat(Upn.of(not).isUnknownReasonCode()).as(not).isFalse();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "H80120000100", "H8012000010011", "h801200001001", "H8012O0001001", "1801200001001", "H801200001001 "})
  void malformedTextIsKeptAndAnsweredNotThrown(String text) {
    Upn upn = Upn.of(text);
    assertThat(upn.value()).isEqualTo(text);
    assertThat(upn.isWellFormed()).isFalse();
    assertThat(upn.hasValidCheckLetter()).isFalse();
    assertThat(upn.laCode()).isEmpty();
  }

  @Test
  void laCodeIsCharactersTwoToFour() {
    assertThat(Upn.of("C931123414001").laCode()).contains(LaCode.of("931"));
  }

  @Test
  void equalByValue() {
    assertThat(Upn.of("UN1")).isEqualTo(Upn.of("UN1")).hasSameHashCodeAs(Upn.of("UN1")).isNotEqualTo(Upn.of("UN2"));
    assertThat(Upn.of("UN1")).hasToString("UN1");
  }
}
