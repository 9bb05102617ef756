package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 113: "Date matching child and adopter(s) is not a valid date." Flags each AD1 record whose DATE_MATCH holds text that is not a date (dd/mm/yyyy); a blank DATE_MATCH is
 * left to the rules that ask for it. Same in every year.
 */
public final class Rule113 implements Rule {
  @Override
  public String code() {
    return "113";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption record : child.adoptions()) {
      if (AdoptionItems.isInvalidDate(record.matchedDate(), record, "DATE_MATCH")) {
        flags.flag(record);
      }
    }
  }
}
