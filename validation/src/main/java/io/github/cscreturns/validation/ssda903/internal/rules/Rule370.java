package io.github.cscreturns.validation.ssda903.internal.rules;

/**
 * 370: "Child in independent living should be at least 15." (2022-23), redefined in 2023-24 as "… at
 * least 16." Flags each independent living episode (PLACE P2) starting before the child's minimum
 * age: the definition's age is a constructor argument, registered per year in the rule sets. The
 * DfE removed the rule in 2024-25 (P2 may not be used for placements starting from 28 October 2023).
 */
public final class Rule370 extends MinimumAgeInPlacementRule {
  /** The 2022-23 definition: at least 15. */
  public Rule370() {
    this(15);
  }

  /** The definition with the DfE's minimum age for independent living. */
  public Rule370(int minimumAge) {
    super("370", PlacementGroupings.INDEPENDENT_LIVING, minimumAge);
  }
}
