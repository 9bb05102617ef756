package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 550: "A placement provider code of PR0 can only be associated with placement P1." Flags each episode with placement provider PR0 (parents or others with parental responsibility) in a placement
 * of a type it cannot provide (see {@link ProviderPlacementRule}). Same in every year.
 */
public final class Rule550 extends ProviderPlacementRule {
  public Rule550() {
    super("550", PlacementProvider.PR0, t -> t != PlacementType.P1);
  }
}
