package io.github.cscreturns.core.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkforceSnapshotTest {

  /** England, census as at 30 September 2013 (the 2012-13 collection), as published in seed 001. */
  static final WorkforceSnapshot ENGLAND_2012_13 =
      WorkforceSnapshot.builder()
          .referenceDate(LocalDate.of(2013, 9, 30))
          .socialWorkers(FteAndHeadcount.of(new BigDecimal("22910"), 24890))
          .vacancies(FteAndHeadcount.ofFte(new BigDecimal("3610")))
          .leavers(FteAndHeadcount.ofFte(new BigDecimal("3360")))
          .agencyWorkers(FteAndHeadcount.ofFte(new BigDecimal("3250")))
          .sicknessAbsenceDays(new BigDecimal("240000"))
          .build();

  @Test
  void vacancyRateIs14PercentOfAllPostsIn2012_13() {
    BigDecimal rate = ENGLAND_2012_13.vacancyRate().orElseThrow();
    assertThat(WorkforceSnapshot.asPercentage(rate, 1)).isEqualByComparingTo("13.6");
    assertThat(WorkforceSnapshot.asPercentage(rate, 0)).isEqualByComparingTo("14");
    assertThat(rate).isEqualByComparingTo(new BigDecimal("3610").divide(new BigDecimal("26520"), java.math.MathContext.DECIMAL64));
  }

  @Test
  void turnoverRateIs15PercentIn2012_13() {
    BigDecimal rate = ENGLAND_2012_13.turnoverRate().orElseThrow();
    assertThat(WorkforceSnapshot.asPercentage(rate, 1)).isEqualByComparingTo("14.7");
    assertThat(WorkforceSnapshot.asPercentage(rate, 0)).isEqualByComparingTo("15");
    // "1 in 7"
    assertThat(BigDecimal.ONE.divide(rate, java.math.MathContext.DECIMAL64).intValue()).isEqualTo(6);
    assertThat(BigDecimal.ONE.divide(rate, java.math.MathContext.DECIMAL64)).isBetween(new BigDecimal("6.5"), new BigDecimal("7.0"));
  }

  @Test
  void agencyRatesIn2012_13OnBothReadings() {
    assertThat(WorkforceSnapshot.asPercentage(ENGLAND_2012_13.agencyWorkerRate().orElseThrow(), 1)).isEqualByComparingTo("12.3");
    assertThat(WorkforceSnapshot.asPercentage(ENGLAND_2012_13.agencyWorkerShareOfWorkforce(Basis.FTE).orElseThrow(), 1))
        .isEqualByComparingTo("12.4");
  }

  @Test
  void sicknessAbsenceOf2012_13IsAbout4PercentAndUnderADayAMonth() {
    BigDecimal rate = ENGLAND_2012_13.sicknessAbsenceRate(new BigDecimal("261")).orElseThrow();
    assertThat(WorkforceSnapshot.asPercentage(rate, 0)).isEqualByComparingTo("4");
    BigDecimal perWorker = ENGLAND_2012_13.sicknessAbsenceDaysPerSocialWorker().orElseThrow();
    assertThat(perWorker.divide(new BigDecimal("12"), java.math.MathContext.DECIMAL64)).isLessThan(BigDecimal.ONE);
    assertThatThrownBy(() -> ENGLAND_2012_13.sicknessAbsenceRate(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void childrenInNeedPerSocialWorkerDividesByFte() {
    assertThat(ENGLAND_2012_13.childrenInNeedPerSocialWorker(229_100).orElseThrow()).isEqualByComparingTo("10");
    assertThat(ENGLAND_2012_13.childrenInNeedPerSocialWorker(0).orElseThrow()).isEqualByComparingTo("0");
    assertThatThrownBy(() -> ENGLAND_2012_13.childrenInNeedPerSocialWorker(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void measuresOnHeadcountUseHeadcounts() {
    WorkforceSnapshot s =
        WorkforceSnapshot.builder()
            .referenceDate(LocalDate.of(2017, 9, 30))
            .socialWorkers(FteAndHeadcount.of(new BigDecimal("28500"), 30670))
            .leavers(FteAndHeadcount.ofHeadcount(4500))
            .build();
    assertThat(WorkforceSnapshot.asPercentage(s.turnoverRate(Basis.HEADCOUNT).orElseThrow(), 0)).isEqualByComparingTo("15");
    assertThat(s.turnoverRate(Basis.FTE)).isEmpty();
  }

  @Test
  void aMeasureIsAbsentWhenAnInputIsAbsentOrTheDenominatorIsZero() {
    WorkforceSnapshot empty = WorkforceSnapshot.builder().referenceDate(LocalDate.of(2013, 9, 30)).build();
    assertThat(empty.vacancyRate()).isEmpty();
    assertThat(empty.turnoverRate()).isEmpty();
    assertThat(empty.agencyWorkerRate()).isEmpty();
    assertThat(empty.sicknessAbsenceRate(BigDecimal.TEN)).isEmpty();
    assertThat(empty.childrenInNeedPerSocialWorker(10)).isEmpty();
    WorkforceSnapshot zero =
        WorkforceSnapshot.builder()
            .referenceDate(LocalDate.of(2013, 9, 30))
            .socialWorkers(FteAndHeadcount.of(BigDecimal.ZERO, 0))
            .leavers(FteAndHeadcount.of(BigDecimal.ONE, 1))
            .build();
    assertThat(zero.turnoverRate()).isEmpty();
  }

  @Test
  void censusYearOfTheFirstCensusIsBeforeTheModelledYears() {
    assertThat(ENGLAND_2012_13.censusYear()).isEqualTo("2012-13");
    assertThat(ENGLAND_2012_13.collectionYear()).isEmpty();
    assertThat(ENGLAND_2012_13.yearStart()).isEqualTo(LocalDate.of(2012, 10, 1));
    assertThat(ENGLAND_2012_13.isInYear(LocalDate.of(2012, 10, 1))).isTrue();
    assertThat(ENGLAND_2012_13.isInYear(LocalDate.of(2012, 9, 30))).isFalse();
    assertThat(ENGLAND_2012_13.isInYear(LocalDate.of(2013, 9, 30))).isTrue();
    WorkforceSnapshot later = WorkforceSnapshot.builder().referenceDate(LocalDate.of(2023, 9, 30)).build();
    assertThat(later.collectionYear()).contains(CollectionYear.Y2022_23);
  }
}
