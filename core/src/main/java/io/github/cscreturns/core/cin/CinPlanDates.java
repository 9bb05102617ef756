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
  /**
   * A builder of a {@code CinPlanDates}, every item unset.
   *
   * @return the builder
   */
  static ImmutableCinPlanDates.Builder builder() {
    return ImmutableCinPlanDates.builder();
  }

  @Override
  default CinTable table() {
    return CinTable.CIN_PLAN_DATES;
  }

  /**
   * CINPlanStartDate (N00689).
   *
   * @return CINPlanStartDate (N00689)
   */
  Optional<LocalDate> startDate();

  /**
   * CINPlanEndDate (N00690); empty while the plan is open.
   *
   * @return CINPlanEndDate (N00690)
   */
  Optional<LocalDate> endDate();

  /**
   * Whether the plan was open on the date: started by then and not ended before it.
   *
   * @param date the date
   * @return whether the plan was open on the date
   */
  default boolean isOpenOn(LocalDate date) {
    return startDate().map(s -> !s.isAfter(date)).orElse(false)
        && endDate().map(e -> !e.isBefore(date)).orElse(true);
  }
}
