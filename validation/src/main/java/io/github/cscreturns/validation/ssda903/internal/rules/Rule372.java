package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 372: "Child in youth custody or prison should be at least 10." Flags each youth custody or prison
 * episode (PLACE R5) starting before the child's 10th birthday.
 */
public final class Rule372 extends MinimumAgeInPlacementRule {
  @Override
  public String code() {
    return "372";
  }

  @Override
  boolean covers(PlacementType type, CollectionYear year) {
    return type == PlacementType.R5;
  }

  @Override
  int minimumAge(CollectionYear year) {
    return 10;
  }
}
