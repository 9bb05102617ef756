package io.github.cscreturns.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class YearRangeTest {

  @Test
  void containsBothEnds() {
    YearRange r = YearRange.of(CollectionYear.Y2014_15, CollectionYear.Y2016_17);
    assertThat(r.contains(CollectionYear.Y2013_14)).isFalse();
    assertThat(r.contains(CollectionYear.Y2014_15)).isTrue();
    assertThat(r.contains(CollectionYear.Y2016_17)).isTrue();
    assertThat(r.contains(CollectionYear.Y2017_18)).isFalse();
    assertThat(r.years()).hasSize(3);
    assertThat(r.hasEnded()).isTrue();
    assertThat(r).hasToString("2014-15..2016-17");
  }

  @Test
  void hasValueSemantics() {
    assertThat(YearRange.from(CollectionYear.Y2014_15))
        .isEqualTo(YearRange.of(CollectionYear.Y2014_15, CollectionYear.Y2026_27))
        .hasSameHashCodeAs(YearRange.of(CollectionYear.Y2014_15, CollectionYear.Y2026_27));
    assertThat(YearRange.all()).isEqualTo(YearRange.until(CollectionYear.Y2026_27));
    assertThat(YearRange.all().hasEnded()).isFalse();
    assertThat(YearRange.only(CollectionYear.Y2013_14)).hasToString("2013-14");
  }

  @Test
  void refusesAnInvertedRange() {
    assertThatThrownBy(() -> YearRange.of(CollectionYear.Y2016_17, CollectionYear.Y2014_15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2014-15");
  }
}
