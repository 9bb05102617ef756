package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 503G: "The distance in first episode does not match open episode at end of last year." Needs last
 * year's return and the postcode directory. PL_DISTANCE is derived from the home and placement
 * postcodes; this year's differs when known and last year's is unknown
 * or 0.2 miles or more away
 * ({@link DerivedLocation#distanceContradicts}). See {@link FirstEpisodeLocationMatchesLastYearRule}.
 */
public final class Rule503G extends FirstEpisodeLocationMatchesLastYearRule {
  @Override
  public String code() {
    return "503G";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR, Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  boolean differs(Episode first, Episode open, RuleContext context) {
    return DerivedLocation.distanceContradicts(DerivedLocation.distance(first, context), DerivedLocation.distance(open, context));
  }
}
