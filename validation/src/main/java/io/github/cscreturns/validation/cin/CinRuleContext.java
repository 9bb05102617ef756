package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a CIN rule may know beside the child: the collection year, its census period (1 April to the
 * reference date, 31 March, both included), the return's header, and England's bank holidays for the
 * working-day rules.
 *
 * <p>The reference date is the collection year's 31 March, the date the DfE's logic quotes for the
 * year (rule 100 reports a header whose {@code ReferenceDate} differs), so a wrong header date is
 * reported once rather than moving every period rule.
 *
 * @param year the collection year
 * @param header the return's header, if it has one
 * @param bankHolidays the bank holidays the working-day rules leave out
 * @since 2022-23
 */
public record CinRuleContext(CollectionYear year, Optional<CinHeader> header, BankHolidays bankHolidays) {
  /**
   * The context of a year with no header and England's bundled bank holidays (for tests and tools).
   *
   * @param year the collection year
   * @return the context of the year
   */
  public static CinRuleContext of(CollectionYear year) {
    return new CinRuleContext(year, Optional.empty(), BankHolidays.england());
  }

  /**
   * The reference date: 31 March at the end of the collection year.
   *
   * @return the reference date
   */
  public LocalDate referenceDate() {
    return CinReturn.referenceDateOf(year);
  }

  /**
   * The first day of the census period: 1 April at the start of the collection year.
   *
   * @return the first day of the census period
   */
  public LocalDate censusStart() {
    return referenceDate().minusYears(1).plusDays(1);
  }

  /**
   * Whether the date is within the census period, both ends included.
   *
   * @param date the date
   * @return whether the date is within the census period
   */
  public boolean isInCensusPeriod(LocalDate date) {
    return !date.isBefore(censusStart()) && !date.isAfter(referenceDate());
  }
}
