package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 379: "Temporary placements for unspecified reason (placement code T4) cannot exceed seven days."
 * Flags every episode of a temporary placement for another reason (PLACE T4) lasting more than 7
 * days; see {@link TemporaryPlacementLengthRule} for how the placement is measured.
 */
public final class Rule379 extends TemporaryPlacementLengthRule {
  public Rule379() {
    super(PlacementType.T4, 7);
  }

  @Override
  public String code() {
    return "379";
  }
}
