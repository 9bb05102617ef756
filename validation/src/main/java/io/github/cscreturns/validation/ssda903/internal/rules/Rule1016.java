package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 1016: "Care leaver information is not required for 17- or 18-year olds who cease to be looked after,
 * after their birthday." (from 2023-24) Flags each OC3 record with IN_TOUCH, ACTIV or ACCOM filled in
 * of a young person aged 17 or 18 on 31 March with an episode that ceased on or after the 17th
 * birthday.
 */
public final class Rule1016 implements Rule {
  @Override
  public String code() {
    return "1016";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    LocalDate yearEnd = context.year().ssda903End();
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      LocalDate dob = RowDateOfBirth.of(oc3, child).orElse(null);
      if (dob == null
          || !CareLeaverItems.anyRecorded(oc3)
          || RowDateOfBirth.isUnder(dob, 17, yearEnd)
          || !RowDateOfBirth.isUnder(dob, 19, yearEnd)) {
        continue;
      }
      LocalDate seventeenth = dob.plusYears(17);
      boolean ceasedAfter = false;
      for (Episode e : child.episodes()) {
        ceasedAfter |= e.end().map(end -> !end.isBefore(seventeenth)).orElse(false);
      }
      if (ceasedAfter) {
        flags.flag(oc3);
      }
    }
  }
}
