package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PreviousPermanence;

/**
 * INT16: "Internal Check: DOB in PrevPerm is different to DOB in Header." Flags each PrevPerm row whose DOB is a date other than the Header's DOB.
 * Same in every year.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row, as the
 * Python validator the DfE's checks are mirrored by joins PrevPerm with the Header on CHILD ({@link
 * HeaderDobEveryRow}).
 */
public final class RuleInt16 extends HeaderDobEveryRow<PreviousPermanence> {
  public RuleInt16() {
    super("INT16", Child::previousPermanence, PreviousPermanence::dob);
  }
}
