package io.github.cscreturns.validation.ssda903.internal.rules;

/**
 * 179: "Placement location code is not a valid code." PL_LOCATION is not collected: it says whether
 * the placement lies inside or outside the returning authority (IN or OUT), derived from the local
 * authority of the placement postcode (PL_POST), so it is missing exactly when PL_LA is (rule 169).
 * See {@link UnlocatedPlacementRule} for what is flagged.
 */
public final class Rule179 extends UnlocatedPlacementRule {
  @Override
  public String code() {
    return "179";
  }
}
