package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;

/**
 * 376: "Temporary placements coded as being due to holiday of usual foster carer(s) cannot exceed
 * three weeks." Flags every episode of a temporary placement while the usual foster carer(s) are on
 * holiday (PLACE T3) lasting more than 21 days (three weeks); see {@link
 * TemporaryPlacementLengthRule} for how the placement is measured.
 */
public final class Rule376 extends TemporaryPlacementLengthRule {
  public Rule376() {
    super(PlacementType.T3, 21);
  }

  @Override
  public String code() {
    return "376";
  }
}
