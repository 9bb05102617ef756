package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 503H: "The placement LA in first episode does not match open episode at end of last year." Needs
 * last year's return and the postcode directory. PL_LA is derived from the placement postcode
 * ({@link DerivedLocation#placementLa}); two placements whose authority cannot be derived match, one
 * derivable and one not differ. See {@link FirstEpisodeLocationMatchesLastYearRule}.
 */
public final class Rule503H extends FirstEpisodeLocationMatchesLastYearRule {
  @Override
  public String code() {
    return "503H";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR, Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  boolean differs(Episode first, Episode open, RuleContext context) {
    return !DerivedLocation.placementLa(first, context).equals(DerivedLocation.placementLa(open, context));
  }
}
