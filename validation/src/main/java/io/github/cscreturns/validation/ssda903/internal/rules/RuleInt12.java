package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;

/**
 * INT12: "Internal Check: DOB in PlacedAdoption is different to DOB in Header." Flags each PlacedAdoption row whose DOB is a date other than the Header's DOB.
 * Same in every year.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row
 * ({@link HeaderDobEveryRow}).
 */
public final class RuleInt12 extends HeaderDobEveryRow<PlacedForAdoption> {
  public RuleInt12() {
    super("INT12", Child::placedForAdoption, PlacedForAdoption::dob);
  }
}
