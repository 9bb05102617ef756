package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 157: "Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of
 * the year and Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for
 * no Strengths and Difficulties Questionnaire (SDQ) score." Flags an OC2 record with no SDQ_SCORE and
 * SDQ_REASON SDQ1 ("aged under 4 or over 16") of a child aged 4 or over on 1 April, whose 16th
 * birthday is not before 31 March, and {@linkplain LookedAfterContinuously looked after continuously
 * for 12 months at 31 March}. The upper bound is the reference's (the public validator that mirrors the
 * DfE's checks): "16 years or under at the end of the year" is read as not yet past the 16th birthday.
 * The age is the one the OC2 row's own DOB gives, as the reference reads it: a row whose DOB was left
 * blank or is not a date is not judged (the DfE's logic names the OC2 row's items; INT14 compares that
 * DOB with the Header's).
 */
public final class Rule157 implements Rule {
  @Override
  public String code() {
    return "157";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.healthOutcomes().isEmpty()) {
      return;
    }
    LocalDate yearStart = context.year().ssda903Start();
    LocalDate yearEnd = context.year().ssda903End();
    boolean lookedAfter = LookedAfterContinuously.for12MonthsAt31March(child, context.year());
    for (HealthOutcomes oc2 : child.healthOutcomes()) {
      LocalDate dob = RowDateOfBirth.asWrittenOnRow(oc2, child).orElse(null);
      if (lookedAfter && dob != null && !RowDateOfBirth.isUnder(dob, 4, yearStart) && !dob.plusYears(16).isBefore(yearEnd)
          && ItemPresence.isBlank(oc2.sdqScore(), oc2, "SDQ_SCORE")
          && oc2.sdqReason().orElse(null) == SdqReason.SDQ1) {
        flags.flag(oc2);
      }
    }
  }
}
