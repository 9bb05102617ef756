package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 373: "Child placed in a school should be at least 4 years old." Flags each residential school
 * episode (PLACE S1) starting before the child's 4th birthday.
 */
public final class Rule373 extends MinimumAgeInPlacementRule {
  public Rule373() {
    super("373", t -> t == PlacementType.S1, 4);
  }
}
