package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 453: "Contradiction between placement distance in the last episode of the previous year and in the
 * first episode of the current year." Needs last year's return and the postcode directory: PL_DISTANCE
 * is derived from the home and placement postcodes, and this year's contradicts last year's when known
 * and last year's is unknown or 0.2 miles or more away ({@link DerivedLocation#distanceContradicts}). See
 * {@link CarriedOverEpisodeContradictionRule} for which episodes are compared.
 */
public final class Rule453 extends CarriedOverEpisodeContradictionRule {
  @Override
  public String code() {
    return "453";
  }

  @Override
  boolean contradicts(Episode first, Episode last, RuleContext context) {
    return DerivedLocation.distanceContradicts(DerivedLocation.distance(first, context), DerivedLocation.distance(last, context));
  }
}
