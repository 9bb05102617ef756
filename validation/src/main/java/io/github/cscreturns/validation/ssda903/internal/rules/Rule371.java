package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 371: "Child in semi-independent living accommodation not subject to children's homes regulations
 * should be at least 14." (2022-23), "… at least 16." (2023-24); from 2024-25 "Child in supported
 * accomodation not subject to children's homes regulations should be at least 16." Flags each
 * episode in that accommodation ({@link PlacementType#isSupportedAccommodation}: H5 to 2023-24, K3
 * from 2024-25) starting before the child's 14th birthday in 2022-23, 16th from 2023-24.
 */
public final class Rule371 extends MinimumAgeInPlacementRule {
  @Override
  public String code() {
    return "371";
  }

  @Override
  boolean covers(PlacementType type, CollectionYear year) {
    return type.isSupportedAccommodation(year);
  }

  @Override
  int minimumAge(CollectionYear year) {
    return year.isEqualOrNewerThan(CollectionYear.Y2023_24) ? 16 : 14;
  }
}
