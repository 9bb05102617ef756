package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 521: "Date of local authority's decision (LA) that adoption is in the best interests of the child
 * (date should be placed) must be on or prior to the date the child is placed for adoption." Flags
 * each episode placed for adoption (PLACE A3 to A6) with each AD1 record whose DATE_INT is after the
 * episode's DECOM. Same in every year.
 */
public final class Rule521 implements Rule {
  @Override
  public String code() {
    return "521";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (!AdoptionEpisodes.isPlacedForAdoption(e)) {
        continue;
      }
      for (Adoption a : child.adoptions()) {
        if (AdoptionEpisodes.isAfter(a.decisionDate(), e.start())) {
          flags.flag(e);
          flags.flag(a);
        }
      }
    }
  }
}
