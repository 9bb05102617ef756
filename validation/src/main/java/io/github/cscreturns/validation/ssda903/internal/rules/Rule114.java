package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 114: "Data entry to record the status of former carer(s) of an adopted child is invalid." Flags each AD1 record whose FOSTER_CARE is filled in with something that is not a code valid in
 * the year (the codeset knows which); a blank FOSTER_CARE is left to the rules that ask for it.
 */
public final class Rule114 implements Rule {
  @Override
  public String code() {
    return "114";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption record : child.adoptions()) {
      if (AdoptionItems.isInvalidCode(record.adoptedByFosterCarer(), record, "FOSTER_CARE", context.year())) {
        flags.flag(record);
      }
    }
  }
}
