package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 527: "A placement provider code of PR1 cannot be associated with placements P1, R2 or R5." Flags each episode with placement provider PR1 (the local authority's own provision) in a placement
 * of a type it cannot provide (see {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule527 extends ProviderPlacementRule {
  public Rule527() {
    super("527", PlacementProvider.PR1, t -> t == PlacementType.P1 || t == PlacementType.R2 || t == PlacementType.R5);
  }
}
