package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceSortOrderTest {
  @Test
  void sortsAscendingKeepingTheOrderOfShortRuns() {
    assertThat(ReferenceSortOrder.of(new long[] {3, 1, 2, 1})).containsExactly(1, 3, 2, 0);
    assertThat(ReferenceSortOrder.of(new long[] {})).isEmpty();
  }

  @Test
  void ordersTiesOfALongerTableAsNumPysQuicksortDoes() {
    // keys (7i mod 5) for 40 rows; expected: the order a step-by-step replay of NumPy's introsort gives
    // (the replay with which 142's reference findings on the conformance corpus were reproduced)
    long[] keys = new long[40];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = (i * 7L) % 5;
    }
    assertThat(ReferenceSortOrder.of(keys)).containsExactly(
        0, 20, 15, 30, 10, 25, 35, 5, 23, 8, 33, 28, 13, 3, 38, 18, 6, 21, 1, 36, 16, 26, 11, 31, 34, 29, 19, 14, 9, 4,
        24, 39, 27, 22, 17, 12, 32, 7, 2, 37);
  }
}
