package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 602: "The episode data submitted for this child does not show that he/she was adopted during the
 * year." Flags each AD1 record with any of its six adoption items filled in for a child none of whose
 * episodes ceased with adoption (REC E11, E12) on a DEC within the year. Same in every year.
 */
public final class Rule602 implements Rule {
  @Override
  public String code() {
    return "602";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.adoptions().isEmpty() || !AdoptedInYear.adoptionEpisodes(child, context.year()).isEmpty()) {
      return;
    }
    for (Adoption a : child.adoptions()) {
      if (AdoptionItems.itemsRecorded(a) > 0) {
        flags.flag(a);
      }
    }
  }
}
