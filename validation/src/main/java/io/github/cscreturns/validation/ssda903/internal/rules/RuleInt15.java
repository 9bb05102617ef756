package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;

/**
 * INT15: "Internal Check: DOB in OC3 is different to DOB in Header." Flags an OC3 row whose DOB is a date other than the Header's.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row
 * ({@link HeaderDobEveryRow}).
 */
public final class RuleInt15 extends HeaderDobEveryRow<CareLeaverCheckpoint> {
  public RuleInt15() {
    super("INT15", Child::careLeaverCheckpoints, CareLeaverCheckpoint::dob);
  }
}
