package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 452: "Contradiction between local authority of placement code in the last episode of the previous
 * year and in the first episode of the current year." Needs last year's return and the postcode
 * directory: PL_LA is derived from the placement postcode ({@link DerivedLocation#placementLa}); two
 * placements whose authority cannot be derived do not contradict each other, one derivable and one
 * not do. See {@link CarriedOverEpisodeContradictionRule} for which episodes are compared.
 */
public final class Rule452 extends CarriedOverEpisodeContradictionRule {
  @Override
  public String code() {
    return "452";
  }

  @Override
  boolean contradicts(Episode first, Episode last, RuleContext context) {
    return !DerivedLocation.placementLa(first, context).equals(DerivedLocation.placementLa(last, context));
  }
}
