package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 370: "Child in independent living should be at least 15." (2022-23), "… at least 16." (2023-24).
 * Flags each independent living episode (PLACE P2) starting before the child's 15th birthday, or
 * 16th from 2023-24. The DfE removed the rule in 2024-25 (P2 may not be used for placements
 * starting from 28 October 2023).
 */
public final class Rule370 extends MinimumAgeInPlacementRule {
  @Override
  public String code() {
    return "370";
  }

  @Override
  boolean covers(PlacementType type, CollectionYear year) {
    return type == PlacementType.P2;
  }

  @Override
  int minimumAge(CollectionYear year) {
    return year.isEqualOrNewerThan(CollectionYear.Y2023_24) ? 16 : 15;
  }
}
