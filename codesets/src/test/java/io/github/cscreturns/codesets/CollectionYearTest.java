package io.github.cscreturns.codesets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CollectionYearTest {

  @Test
  void parsesTheDfeFormsOfAYear() {
    assertThat(CollectionYear.parse("2014-15")).isEqualTo(CollectionYear.Y2014_15);
    assertThat(CollectionYear.parse("2014/15")).isEqualTo(CollectionYear.Y2014_15);
    assertThat(CollectionYear.parse(" 2014-2015 ")).isEqualTo(CollectionYear.Y2014_15);
    assertThat(CollectionYear.parse("2026-27")).isEqualTo(CollectionYear.Y2026_27);
  }

  @Test
  void refusesTextThatIsNotAModelledYear() {
    assertThat(CollectionYear.tryParse("2014-16")).isEmpty();
    assertThat(CollectionYear.tryParse("2012-13")).isEmpty();
    assertThat(CollectionYear.tryParse("2027-28")).isEmpty();
    assertThat(CollectionYear.tryParse("14-15")).isEmpty();
    assertThatThrownBy(() -> CollectionYear.parse("next year"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("next year")
        .hasMessageContaining("2013-14")
        .hasMessageContaining("2026-27");
  }

  @Test
  void theSsda903YearRunsFromAprilToMarch() {
    CollectionYear y = CollectionYear.Y2014_15;
    assertThat(y.ssda903Start()).isEqualTo(LocalDate.of(2014, 4, 1));
    assertThat(y.ssda903End()).isEqualTo(LocalDate.of(2015, 3, 31));
    assertThat(y.ssda903Contains(LocalDate.of(2015, 3, 31))).isTrue();
    assertThat(y.ssda903Contains(LocalDate.of(2015, 4, 1))).isFalse();
    assertThat(CollectionYear.ssda903YearContaining(LocalDate.of(2015, 3, 31))).contains(y);
    assertThat(CollectionYear.ssda903YearContaining(LocalDate.of(2015, 4, 1)))
        .contains(CollectionYear.Y2015_16);
    assertThat(y.workforceReferenceDate()).isEqualTo(LocalDate.of(2015, 9, 30));
  }

  @Test
  void yearsAreOrderedOldestFirst() {
    assertThat(CollectionYear.first()).isEqualTo(CollectionYear.Y2013_14);
    assertThat(CollectionYear.last()).isEqualTo(CollectionYear.Y2026_27);
    assertThat(CollectionYear.Y2015_16.isEqualOrNewerThan(CollectionYear.Y2014_15)).isTrue();
    assertThat(CollectionYear.Y2014_15.isOlderThan(CollectionYear.Y2015_16)).isTrue();
    assertThat(CollectionYear.Y2014_15.previous()).contains(CollectionYear.Y2013_14);
    assertThat(CollectionYear.Y2013_14.previous()).isEmpty();
    assertThat(CollectionYear.Y2026_27.next()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(CollectionYear.class)
  void labelAndParseAreInverse(CollectionYear year) {
    assertThat(CollectionYear.parse(year.label())).isEqualTo(year);
    assertThat(CollectionYear.parse(year.label().replace('-', '/'))).isEqualTo(year);
    assertThat(year.toString()).isEqualTo(year.label());
    assertThat(year.endYear()).isEqualTo(year.startYear() + 1);
  }
}
