package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Adoption;

/**
 * INT11: "Internal Check: DOB in AD1 is different to DOB in Header." Flags each AD1 row whose DOB is a date other than the Header's DOB.
 * Same in every year.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row
 * ({@link HeaderDobEveryRow}).
 */
public final class RuleInt11 extends HeaderDobEveryRow<Adoption> {
  public RuleInt11() {
    super("INT11", Child::adoptions, Adoption::dob);
  }
}
