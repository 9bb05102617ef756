package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinPlanDates;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The period of a CIN plan or a child protection plan as the overlap rules (4014, 4016, 4017) read it:
 * from its start date to its end date, or, while it has no end date, to the reference date. A plan
 * whose start or end is written but is not a date has no period the rules can judge.
 *
 * @param start the plan's start date
 * @param end the plan's end date, if it has one
 */
record PlanPeriod(LocalDate start, Optional<LocalDate> end) {
  /** The period of a CIN plan with a start date and a readable end date or none. */
  static Optional<PlanPeriod> of(CinPlanDates plan) {
    if (plan.endDate().isEmpty() && plan.hasContent("CINPlanEndDate", plan.endDate())) {
      return Optional.empty();
    }
    return plan.startDate().map(s -> new PlanPeriod(s, plan.endDate()));
  }

  /** The period of a child protection plan with a start date and a readable end date or none. */
  static Optional<PlanPeriod> of(ChildProtectionPlan plan) {
    if (plan.endDate().isEmpty() && plan.hasContent("CPPendDate", plan.endDate())) {
      return Optional.empty();
    }
    return plan.startDate().map(s -> new PlanPeriod(s, plan.endDate()));
  }

  /**
   * Whether the date falls on or after the start and before the end (a date equal to the end date is
   * the handover from one plan to the next), or, with no end date, on or before the reference date.
   */
  boolean holdsBeforeItsEnd(LocalDate date, LocalDate referenceDate) {
    return !date.isBefore(start) && end.map(date::isBefore).orElse(!date.isAfter(referenceDate));
  }

  /**
   * Whether the date falls on or between the start and the end date, or, with no end date, the
   * reference date.
   */
  boolean holds(LocalDate date, LocalDate referenceDate) {
    return !date.isBefore(start) && !date.isAfter(end.orElse(referenceDate));
  }
}
