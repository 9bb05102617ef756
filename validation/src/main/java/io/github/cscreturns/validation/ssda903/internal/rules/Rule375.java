package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 375: "Hospitalisation coded as a temporary placement exceeds six weeks." Flags every episode of a
 * temporary period in hospital (PLACE T1) lasting more than 42 days (six weeks); see {@link
 * TemporaryPlacementLengthRule} for how the placement is measured.
 */
public final class Rule375 extends TemporaryPlacementLengthRule {
  public Rule375() {
    super(PlacementType.T1, 42);
  }

  @Override
  public String code() {
    return "375";
  }
}
