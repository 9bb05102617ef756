package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 372: "Child in youth custody or prison should be at least 10." Flags each youth custody or prison
 * episode (PLACE R5) starting before the child's 10th birthday.
 */
public final class Rule372 extends MinimumAgeInPlacementRule {
  public Rule372() {
    super("372", t -> t == PlacementType.R5, 10);
  }
}
