package io.github.cscreturns.synthetic.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SeededPropertyTest {

  private static List<Integer> numbers(SplittableRandom random, int size) {
    List<Integer> list = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      list.add(random.nextInt(100));
    }
    return list;
  }

  @Test
  void aPassingPropertyPassesAndTheSameSeedGivesTheSameSample() {
    List<List<Integer>> seen = new ArrayList<>();
    SeededProperty.check(42, 10, SeededPropertyTest::numbers, seen::add);
    SeededProperty.check(42, 10, SeededPropertyTest::numbers, seen::add);
    assertThat(seen.get(0)).hasSize(10).isEqualTo(seen.get(1));
    assertThatCode(() -> SeededProperty.check(1, SeededPropertyTest::numbers, l -> assertThat(l).hasSize(1))).doesNotThrowAnyException();
  }

  @Test
  void aFailureNamesItsSeedAndSizeAndTheSmallestFailingSizeFound() {
    assertThatThrownBy(() -> SeededProperty.check(7, 40, SeededPropertyTest::numbers, l -> assertThat(l.size()).isLessThan(3)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("seed 7 at size 40")
        .hasMessageContaining("also fails at size 4")
        .hasMessageContaining("-Dcsc.seed=7 -Dcsc.size=4");
    assertThatThrownBy(() -> SeededProperty.check(3, 5, SeededPropertyTest::numbers, l -> { throw new IllegalStateException("boom"); }))
        .hasMessageContaining("seed 3 at size 5 (also fails at size 0")
        .hasRootCauseInstanceOf(IllegalStateException.class);
  }

  @Test
  void seedsAndSizesCoverBothEnds() {
    List<Object[]> cases = SeededProperty.seedsAndSizes(20, 9).toList();
    assertThat(cases).hasSize(20);
    assertThat(cases.get(0)).containsExactly(1L, 0);
    assertThat(cases.get(1)).containsExactly(2L, 9);
    assertThat(cases).allSatisfy(c -> assertThat((int) c[1]).isBetween(0, 9));
    assertThat(SeededProperty.seeds(5).boxed()).containsExactly(1L, 2L, 3L, 4L, 5L);
  }
}
