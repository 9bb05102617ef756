package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 104: "Date for Unaccompanied Asylum-Seeking Children (UASC) status ceased is not a valid date."
 * Flags each UASC record whose DUC is filled in but not a date, or is a date before the collection
 * year starts (1 April): a child who ceased to be UASC before the year is not UASC in it, so the date
 * cannot be the one this return asks for. Same in every year.
 */
public final class Rule104 implements Rule {
  @Override
  public String code() {
    return "104";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Uasc uasc : child.uasc()) {
      boolean unreadable = uasc.ceasedDate().isEmpty() && uasc.unparsed("DUC").isPresent();
      boolean beforeYear = uasc.ceasedDate().map(d -> d.isBefore(context.year().ssda903Start())).orElse(false);
      if (unreadable || beforeYear) {
        flags.flag(uasc);
      }
    }
  }
}
