package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 530: "A placement provider code of PR4 cannot be associated with placement P1." Flags each episode with placement provider PR4 (private provision) in a placement
 * of a type it cannot provide (see {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule530 extends ProviderPlacementRule {
  public Rule530() {
    super("530", PlacementProvider.PR4, t -> t == PlacementType.P1);
  }
}
