package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 620: "Child has been recorded as a mother, but date of birth shows that the mother is under 11 years
 * of age." Flags a Header with MOTHER 1 whose child is under 11 on 1 April, the start of the
 * collection year (or born after it).
 */
public final class Rule620 implements Rule {
  private static final int YOUNGEST_MOTHER = 11;

  @Override
  public String code() {
    return "620";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()
        || child.dob().isEmpty()
        || child.motherStatus().orElse(null) != MotherStatus.IS_A_MOTHER) {
      return;
    }
    if (child.ageOn(context.year().ssda903Start()).map(age -> age < YOUNGEST_MOTHER).orElse(true)) {
      flags.flag(child);
    }
  }
}
