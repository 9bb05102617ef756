package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 374: "Child in residential employment should be at least 14 years old." Flags each residential
 * employment episode (PLACE P3) starting before the child's 14th birthday.
 */
public final class Rule374 extends MinimumAgeInPlacementRule {
  public Rule374() {
    super("374", t -> t == PlacementType.P3, 14);
  }
}
