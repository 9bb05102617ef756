package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 203: "Date of birth disagrees with the date of birth already recorded for this child." Needs last
 * year's return. Flags the Header of a child whose DOB differs from the DOB on the child's Header in
 * last year's return. Dates are compared as the days they name ({@link
 * LastYearsReturn#recordedDate}: "1/6/2016" is 1 June 2016): a DOB naming no real day counts as not
 * recorded, so it differs from a real date and agrees with another unreadable or blank one (those
 * are rule 102's to report). Nothing flagged for a child not in last year's return.
 */
public final class Rule203 implements Rule {
  @Override
  public String code() {
    return "203";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (child.headerRecorded() && last.isPresent() && !LastYearsReturn.recordedDate(child, child.dob(), "DOB")
        .equals(LastYearsReturn.recordedDate(last.get(), last.get().dob(), "DOB"))) {
      flags.flag(child);
    }
  }
}
