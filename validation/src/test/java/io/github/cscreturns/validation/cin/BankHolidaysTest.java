package io.github.cscreturns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankHolidaysTest {
  private final BankHolidays england = BankHolidays.england();

  @Test
  void weekendsAndBankHolidaysAreNotWorkingDays() {
    assertThat(england.isWorkingDay(LocalDate.of(2025, 4, 18))).as("Good Friday 2025").isFalse();
    assertThat(england.isWorkingDay(LocalDate.of(2025, 4, 19))).as("a Saturday").isFalse();
    assertThat(england.isWorkingDay(LocalDate.of(2025, 4, 22))).as("the Tuesday after Easter").isTrue();
    assertThat(england.isBankHoliday(LocalDate.of(2022, 9, 19))).as("the State Funeral").isTrue();
  }

  @Test
  void countingStepsOverWeekendsAndHolidays() {
    // Thursday 17 April 2025; Good Friday and Easter Monday are holidays.
    LocalDate thursday = LocalDate.of(2025, 4, 17);
    assertThat(england.plusWorkingDays(thursday, 1)).isEqualTo(LocalDate.of(2025, 4, 22));
    assertThat(england.minusWorkingDays(LocalDate.of(2025, 4, 22), 1)).isEqualTo(thursday);
    assertThat(england.minusWorkingDays(thursday, 0)).isEqualTo(thursday);
    assertThat(england.workingDaysBetween(thursday, LocalDate.of(2025, 4, 22))).isEqualTo(1);
    assertThat(england.workingDaysBetween(LocalDate.of(2025, 4, 22), thursday)).isZero();
  }

  @Test
  void theBundledListCoversTheCensusYearsAndMoreCanBeAdded() {
    assertThat(england.dates()).hasSizeGreaterThan(100);
    assertThat(england.lastYear()).isEqualTo(2027);
    LocalDate newYear2028 = LocalDate.of(2028, 1, 3);
    BankHolidays more = england.withAdditional(List.of(newYear2028));
    assertThat(more.isWorkingDay(newYear2028)).isFalse();
    assertThat(england.isWorkingDay(newYear2028)).as("the bundled list is unchanged").isTrue();
    assertThat(more.lastYear()).isEqualTo(2028);
  }
}
