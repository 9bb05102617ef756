package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 631: "Previous permanence option not a valid value." Flags each PrevPerm record whose PREV_PERM is filled in with something that is not a code valid in
 * the year (the codeset knows which); a blank PREV_PERM is left to the rules that ask for it.
 */
public final class Rule631 implements Rule {
  @Override
  public String code() {
    return "631";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PreviousPermanence record : child.previousPermanence()) {
      if (AdoptionItems.isInvalidCode(record.option(), record, "PREV_PERM", context.year())) {
        flags.flag(record);
      }
    }
  }
}
