package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 333: "Date should be placed for adoption must be on or prior to the date of matching child with
 * adopter(s)." Flags each AD1 record with a DATE_MATCH whose DATE_INT is after it, or is not a date
 * at all (blank or invalid): a match needs the decision before it. Same in every year.
 */
public final class Rule333 implements Rule {
  @Override
  public String code() {
    return "333";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption a : child.adoptions()) {
      if (a.matchedDate().isEmpty()) {
        continue;
      }
      LocalDate matched = a.matchedDate().get();
      if (a.decisionDate().map(d -> d.isAfter(matched)).orElse(true)) {
        flags.flag(a);
      }
    }
  }
}
