package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 528: "A placement provider code of PR2 cannot be associated with placements P1, R2 or R5." Flags each episode with placement provider PR2 (other local authorities' provision) in a placement
 * of a type it cannot provide (see {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule528 extends ProviderPlacementRule {
  public Rule528() {
    super("528", PlacementProvider.PR2, t -> t == PlacementType.P1 || t == PlacementType.R2 || t == PlacementType.R5);
  }
}
