package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PreviousPermanence;

/**
 * INT16: "Internal Check: DOB in PrevPerm is different to DOB in Header." Flags each PrevPerm row whose DOB is a date other than the Header's DOB.
 * Same in every year.
 */
public final class RuleInt16 extends HeaderDobRule<PreviousPermanence> {
  public RuleInt16() {
    super("INT16", Child::previousPermanence, PreviousPermanence::dob);
  }
}
