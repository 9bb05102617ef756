package io.github.cscreturns.codesets;

import java.time.LocalDate;

/**
 * One code of a DfE codeset: the text written in a return, what it means and the years it is valid.
 *
 * <p>Implemented by the codeset enums. Whether a code may be used in a year is always asked here (or
 * of its {@link Codeset}), never written into a rule, so that a change to a codeset never forces a
 * rule to be copied.
 */
public interface Code {
  /**
   * The code exactly as the DfE writes it in a return ("U1", "E4A", "0").
   *
   * @return the code exactly as the DfE writes it in a return ("U1", "E4A", "0")
   */
  String code();

  /**
   * The meaning, in the wording of the DfE guide where known.
   *
   * @return the meaning, in the wording of the DfE guide where known
   */
  String description();

  /**
   * The collection years in which the code may be returned.
   *
   * @return the collection years in which the code may be returned
   */
  YearRange validity();

  /**
   * Whether the code may be returned in the given collection year.
   *
   * @param year the collection year
   * @return whether the code may be returned in the given collection year
   */
  default boolean isValidIn(CollectionYear year) {
    return validity().contains(year);
  }

  /**
   * Whether the code may be used, in the given collection year, for something (a placement, an
   * episode) that starts on the given date. Most codes are valid all year; a few lose or gain
   * validity on a date inside a year (placement type P2 from 28 October 2023), and override this.
   *
   * @param year the collection year
   * @param date the date
   * @return whether the code may be used, in the given collection year, for something (a placement,
   *     an episode) that starts on the given date
   */
  default boolean isValidOn(CollectionYear year, LocalDate date) {
    return isValidIn(year);
  }
}
