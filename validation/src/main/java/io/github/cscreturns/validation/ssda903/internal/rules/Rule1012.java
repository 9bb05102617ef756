package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1012: "No other data should be returned for OC3 children who had no episodes in the current year".
 * For a child with no episodes in the return, flags every record of theirs in the tables that describe
 * care during the year: PlacedAdoption, Missing, Reviews, AD1, PrevPerm and OC2. As the DfE's tool
 * does, the child need not actually have an OC3 record. The OC3, UASC (a former UASC care leaver
 * still has one) and Header rows are not flagged; neither are social worker episodes or deprivation of
 * liberty orders, which the DfE's tool does not check either. Same in every year.
 */
public final class Rule1012 implements Rule {
  @Override
  public String code() {
    return "1012";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!child.episodes().isEmpty()) {
      return;
    }
    flags.flagAll(child.placedForAdoption());
    flags.flagAll(child.missingEpisodes());
    flags.flagAll(child.reviews());
    flags.flagAll(child.adoptions());
    flags.flagAll(child.previousPermanence());
    flags.flagAll(child.healthOutcomes());
  }
}
