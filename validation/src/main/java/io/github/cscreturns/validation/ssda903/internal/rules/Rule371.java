package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.function.Predicate;

/**
 * 371: "Child in semi-independent living accommodation not subject to children's homes regulations
 * should be at least 14." (2022-23), redefined as "… at least 16." (2023-24) and as "Child in supported
 * accomodation not subject to children's homes regulations should be at least 16." (2024-25). Flags
 * each episode in the definition's accommodation (H5, then K3 from 2024-25) starting before the
 * child's minimum age.
 */
public final class Rule371 extends MinimumAgeInPlacementRule {
  /** The 2022-23 definition: semi-independent living (H5), at least 14. */
  public Rule371() {
    this(PlacementGroupings.SEMI_INDEPENDENT_LIVING, 14);
  }

  /** A definition naming the accommodation and its minimum age. */
  Rule371(Predicate<PlacementType> accommodation, int minimumAge) {
    super("371", accommodation, minimumAge);
  }

  /** The 2023-24 definition: semi-independent living (H5), at least 16. */
  public static Rule371 semiIndependentLivingAtLeast16() {
    return new Rule371(PlacementGroupings.SEMI_INDEPENDENT_LIVING, 16);
  }

  /** The 2024-25 definition: supported accommodation (K3), at least 16. */
  public static Rule371 supportedAccommodationAtLeast16() {
    return new Rule371(PlacementGroupings.SUPPORTED_ACCOMMODATION, 16);
  }
}
