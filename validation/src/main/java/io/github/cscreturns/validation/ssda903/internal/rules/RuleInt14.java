package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.RuleContext;

/** INT14: "Internal Check: DOB in OC2 is different to DOB in Header." Flags an OC2 row whose DOB is a date other than the Header's.
 *
 * <p>Where the Header gives the child twice, the row's DOB is judged against each Header row, as the
 * Python validator the DfE's checks are mirrored by joins HealthOutcomes with the Header on CHILD ({@link
 * EveryHeaderRow}).
 */
public final class RuleInt14 extends EveryHeaderRow {
  private final HeaderDobRule<HealthOutcomes> dob = new HeaderDobRule<>("INT14", Child::healthOutcomes, HealthOutcomes::dob) {};

  @Override
  public String code() {
    return "INT14";
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
