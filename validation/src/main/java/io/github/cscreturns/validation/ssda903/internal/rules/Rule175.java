package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 175: "The number of adopter(s) code is not a valid code." Flags each AD1 record whose NB_ADOPTR is filled in with something that is not a code valid in
 * the year (the codeset knows which); a blank NB_ADOPTR is left to the rules that ask for it.
 */
public final class Rule175 implements Rule {
  @Override
  public String code() {
    return "175";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption record : child.adoptions()) {
      if (AdoptionItems.isInvalidCode(record.numberOfAdopters(), record, "NB_ADOPTR", context.year())) {
        flags.flag(record);
      }
    }
  }
}
