package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 1007: "Care leaver information is not required for 17- or 18-year olds who are still looked after
 * [on their 17th or 18th birthday.]" Flags each OC3 record with IN_TOUCH, ACTIV or ACCOM filled in of
 * a young person aged 17 or 18 on 31 March who was looked after on {@linkplain CareLeaverAges that
 * birthday} (an episode started by then and ceased after it, or has not ceased).
 *
 * <p>Departure from the Python validator, which needs a DEC after the birthday and so leaves out
 * young people whose episode has not ceased: they are "still looked after" too.
 */
public final class Rule1007 implements Rule {
  @Override
  public String code() {
    return "1007";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (CareLeaverCheckpoint oc3 : child.careLeaverCheckpoints()) {
      if (!CareLeaverItems.anyRecorded(oc3)) {
        continue;
      }
      Optional<LocalDate> birthday =
          RowDateOfBirth.of(oc3, child).flatMap(d -> CareLeaverAges.seventeenthOrEighteenthBirthdayInYear(d, context.year()));
      if (birthday.isPresent() && lookedAfterOn(child, birthday.get())) {
        flags.flag(oc3);
      }
    }
  }

  private static boolean lookedAfterOn(Child child, LocalDate day) {
    for (Episode e : child.episodes()) {
      if (e.start().isPresent()
          && !e.start().get().isAfter(day)
          && (e.end().map(end -> end.isAfter(day)).orElse(EpisodeDates.isOpenEnded(e)))) {
        return true;
      }
    }
    return false;
  }
}
