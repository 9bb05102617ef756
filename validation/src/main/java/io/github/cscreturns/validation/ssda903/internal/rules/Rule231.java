package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 231 (query, from 2024-25): "We expect that unaccompanied asylum seeking children are generally older
 * young people. Please check the date of birth is correct. If the date of birth is correct then please
 * provide details in a bypass request." Flags the Header of a child recorded as UASC (header flag 1,
 * or a UASC record) who is under 11 at 31 March, the end of the collection year.
 */
public final class Rule231 implements Rule {
  private static final int YOUNGEST_EXPECTED_AGE = 11;

  @Override
  public String code() {
    return "231";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded() || child.dob().isEmpty() || !UascStatus.isRecordedAsUasc(child)) {
      return;
    }
    LocalDate yearEnd = context.year().ssda903End();
    boolean young = child.ageOn(yearEnd).map(age -> age < YOUNGEST_EXPECTED_AGE).orElse(true);
    if (young) {
      flags.flag(child);
    }
  }
}
