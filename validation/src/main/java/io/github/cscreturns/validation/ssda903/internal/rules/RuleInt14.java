package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;

/** INT14: "Internal Check: DOB in OC2 is different to DOB in Header." Flags an OC2 row whose DOB is a date other than the Header's. */
public final class RuleInt14 extends HeaderDobRule<HealthOutcomes> {
  public RuleInt14() {
    super("INT14", Child::healthOutcomes, HealthOutcomes::dob);
  }
}
