package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 626: "Child was reported as a mother but the date of birth of the first child is before the current
 * year which contradicts with the mother status recorded last year." Needs last year's return. Flags
 * the Header of a child who is a mother this year (MOTHER 1) with MC_DOB before 1 April of the
 * collection year, where last year's Header said not a mother (MOTHER 0): that first child was born
 * while last year's return said otherwise. Nothing flagged for a child not in last year's return.
 */
public final class Rule626 implements Rule {
  @Override
  public String code() {
    return "626";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<Child> last = LastYearsReturn.header(context);
    if (!child.headerRecorded() || last.isEmpty() || child.motherChildDob().isEmpty()) {
      return;
    }
    boolean motherNow = child.motherStatus().orElse(null) == MotherStatus.IS_A_MOTHER;
    boolean notMotherLastYear = last.get().motherStatus().orElse(null) == MotherStatus.NOT_A_MOTHER;
    if (motherNow && notMotherLastYear && child.motherChildDob().get().isBefore(context.year().ssda903Start())) {
      flags.flag(child);
    }
  }
}
