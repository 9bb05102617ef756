package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 503J: "The placement location in first episode does not match open episode at end of last year."
 * PL_LOCATION is no longer collected: it is derived, as the DfE derives it, from the placement
 * postcode's authority: IN the returning authority or OUT of it ({@link
 * DerivedLocation#placementLocation}). Needs last year's return, the postcode directory and the
 * returning authority. Two placements whose location cannot be derived match. See {@link
 * FirstEpisodeLocationMatchesLastYearRule}.
 */
public final class Rule503J extends FirstEpisodeLocationMatchesLastYearRule {
  @Override
  public String code() {
    return "503J";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR, Requirement.POSTCODE_DIRECTORY, Requirement.RETURNING_LA);
  }

  @Override
  boolean differs(Episode first, Episode open, RuleContext context) {
    return !DerivedLocation.placementLocation(first, context).equals(DerivedLocation.placementLocation(open, context));
  }
}
