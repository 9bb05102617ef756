package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 176: "The gender of adopter(s) at the date of adoption code is not a valid code." Flags each AD1 record whose SEX_ADOPTR is filled in with something that is not a code valid in
 * the year (the codeset knows which); a blank SEX_ADOPTR is left to the rules that ask for it.
 */
public final class Rule176 implements Rule {
  @Override
  public String code() {
    return "176";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption record : child.adoptions()) {
      if (AdoptionItems.isInvalidCode(record.adopterSex(), record, "SEX_ADOPTR", context.year())) {
        flags.flag(record);
      }
    }
  }
}
