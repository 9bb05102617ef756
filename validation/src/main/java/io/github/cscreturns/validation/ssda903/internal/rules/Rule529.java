package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 529: "Placement provider code of PR3 cannot be associated with placements P1, A3 to A6, K1, K2 and U1
 * to U6 as these placements cannot be provided by other public organisations." Flags each episode with
 * placement provider PR3 (other public provision) in a placement of a type it cannot provide (see
 * {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule529 extends ProviderPlacementRule {
  public Rule529() {
    super("529", PlacementProvider.PR3, t -> t == PlacementType.P1 || t.isPlacedForAdoption() || t.isChildrensHome() || t.isFoster());
  }
}
