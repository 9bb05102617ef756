package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 209: "Child looked after is of school age and should not have an unknown Unique Pupil Number (UPN)
 * code of UN1." Flags a Header with UPN UN1 for a child who was 4 or older on 31 August of the
 * calendar year before the collection year starts (31 August 2021 for 2022-23): the DfE's test of
 * being of school age.
 */
public final class Rule209 implements Rule {
  private static final int SCHOOL_AGE = 4;
  private static final int UNDER_SCHOOL_AGE_REASON = 1;

  @Override
  public String code() {
    return "209";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.headerRecorded()) {
      return;
    }
    boolean un1 = child.upn().flatMap(u -> u.unknownReason()).map(n -> n == UNDER_SCHOOL_AGE_REASON).orElse(false);
    LocalDate reference = LocalDate.of(context.year().startYear() - 1, 8, 31);
    if (un1 && child.ageOn(reference).map(age -> age >= SCHOOL_AGE).orElse(false)) {
      flags.flag(child);
    }
  }
}
