package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;

/**
 * INT18: "Internal Check: DOB in UASC is different to DOB in Header." Flags a UASC record whose own DOB
 * is a date other than the Header's DOB. Same in every year.
 *
 * <p>Where the Header gives the child twice, the record's DOB is judged against each Header row, as
 * the Python validator the DfE's checks are mirrored by joins UASC with the Header on CHILD ({@link
 * HeaderDobEveryRow}).
 */
public final class RuleInt18 extends HeaderDobEveryRow<Uasc> {
  public RuleInt18() {
    super("INT18", Child::uasc, Uasc::dob);
  }
}
