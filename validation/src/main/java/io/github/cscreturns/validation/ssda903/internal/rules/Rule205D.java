package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 205D: "Child identified as UASC this year but not identified as UASC status provided for the child
 * last year." Needs last year's return. Flags the Header of a child who is UASC this year ({@link
 * UascStatusAcrossYearsRule#identifiedAsUasc}) and has a Header in last year's return that does not record the child as UASC. A child
 * new to the return is not flagged: last year says nothing of it. The statuses are the child's own
 * (see {@link UascStatusAcrossYearsRule} for the public validator's positional shift).
 */
public final class Rule205D implements Rule {
  @Override
  public String code() {
    return "205D";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.headerRecorded()
        && UascStatusAcrossYearsRule.identifiedAsUasc(child)
        && LastYearsReturn.header(context).map(last -> !UascStatusAcrossYearsRule.identifiedAsUasc(last)).orElse(false)) {
      flags.flag(child);
    }
  }
}
