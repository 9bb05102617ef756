package io.github.cscreturns.core.ssda903;

import java.time.LocalDate;

/**
 * A birthday: the age reached and the date. A child born on 29 February has the birthday on
 * 28 February in years that are not leap years.
 */
public record Birthday(int age, LocalDate date) {}
