package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 151: "All data items relating to a childs adoption must be coded or left blank." Flags each AD1
 * record in which some of DATE_INT, DATE_MATCH, FOSTER_CARE, NB_ADOPTR, SEX_ADOPTR and LS_ADOPTR are
 * filled in (validly or not) and others are blank. Same in every year.
 */
public final class Rule151 implements Rule {
  @Override
  public String code() {
    return "151";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Adoption a : child.adoptions()) {
      int recorded = AdoptionItems.itemsRecorded(a);
      if (recorded > 0 && recorded < AdoptionItems.ITEMS) {
        flags.flag(a);
      }
    }
  }
}
