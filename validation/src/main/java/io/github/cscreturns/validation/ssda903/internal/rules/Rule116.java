package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 116: "Date of Local Authority's (LA) decision that a child should no longer be placed for adoption is not a valid date." Flags each PlacedAdoption record whose DATE_PLACED_CEASED holds text that is not a date (dd/mm/yyyy); a blank DATE_PLACED_CEASED is
 * left to the rules that ask for it. Same in every year.
 */
public final class Rule116 implements Rule {
  @Override
  public String code() {
    return "116";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption record : child.placedForAdoption()) {
      if (AdoptionItems.isInvalidDate(record.ceasedDate(), record, "DATE_PLACED_CEASED")) {
        flags.flag(record);
      }
    }
  }
}
