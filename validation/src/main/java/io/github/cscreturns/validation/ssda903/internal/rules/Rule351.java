package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 351: "Child was over 25 at the start of the current collection year." Flags the Header of a child
 * whose 25th birthday fell before 1 April of the collection year. A child without a date of birth is
 * left to the DOB rules.
 *
 * <p>The public Python validator still tests age 21 (the rule's former wording); we follow the DfE's
 * current message, 25, in every year from 2022-23.
 */
public final class Rule351 implements Rule {
  private static final int MAXIMUM_AGE = 25;

  @Override
  public String code() {
    return "351";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    // 25th birthday before 1 April: already 25 on 31 March of the year before
    if (child.ageOn(context.year().ssda903Start().minusDays(1)).filter(age -> age >= MAXIMUM_AGE).isPresent()) {
      flags.flag(child);
    }
  }
}
