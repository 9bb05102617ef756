package io.github.cscreturns.core.cin;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child in need plan period of a CIN episode (element CINPlanDates).
 *
 * @since 2022-23
 */
@Value.Immutable
public interface CinPlanDates extends CinRecord {
  static ImmutableCinPlanDates.Builder builder() {
    return ImmutableCinPlanDates.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CIN_PLAN_DATES;
  }

  /** CINPlanStartDate (N00689). */
  Optional<LocalDate> startDate();

  /** CINPlanEndDate (N00690); empty while the plan is open. */
  Optional<LocalDate> endDate();

  /** Whether the plan was open on the date: started by then and not ended before it. */
  default boolean isOpenOn(LocalDate date) {
    return startDate().map(s -> !s.isAfter(date)).orElse(false)
        && endDate().map(e -> !e.isBefore(date)).orElse(true);
  }
}
