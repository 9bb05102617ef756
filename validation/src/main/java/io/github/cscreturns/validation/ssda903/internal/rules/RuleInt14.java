package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;

/** INT14: "Internal Check: DOB in OC2 is different to DOB in Header." Flags an OC2 row whose DOB is a date other than the Header's.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row, as the
 * Python validator the DfE's checks are mirrored by joins HealthOutcomes with the Header on CHILD ({@link
 * HeaderDobEveryRow}).
 */
public final class RuleInt14 extends HeaderDobEveryRow<HealthOutcomes> {
  public RuleInt14() {
    super("INT14", Child::healthOutcomes, HealthOutcomes::dob);
  }
}
