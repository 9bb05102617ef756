package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * INT18: "Internal Check: DOB in UASC is different to DOB in Header." Flags a UASC record whose own DOB
 * is a date other than the Header's DOB. Same in every year.
 *
 * <p>Where the Header gives the child twice, the record's DOB is judged against each Header row, as
 * the Python validator the DfE's checks are mirrored by joins UASC with the Header on CHILD ({@link
 * EveryHeaderRow}).
 */
public final class RuleInt18 extends EveryHeaderRow {
  private final HeaderDobRule<Uasc> dob = new HeaderDobRule<>("INT18", Child::uasc, Uasc::dob) {};

  @Override
  public String code() {
    return "INT18";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    dob.check(child, context, flags);
  }

  @Override
  public void checkHeaderRow(Child headerRow, Child child, RuleContext context, Flags flags) {
    dob.checkHeaderRow(headerRow, child, flags);
  }
}
