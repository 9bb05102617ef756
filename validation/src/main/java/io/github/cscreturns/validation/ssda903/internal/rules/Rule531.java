package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 531: "A placement provider code of PR5 cannot be associated with placements P1." Flags each episode with placement provider PR5 (voluntary provision) in a placement
 * of a type it cannot provide (see {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule531 extends ProviderPlacementRule {
  public Rule531() {
    super("531", PlacementProvider.PR5, t -> t == PlacementType.P1);
  }
}
