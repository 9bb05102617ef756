package io.github.cscreturns.validation.ssda903.internal.rules;

/**
 * 169: "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode
 * has been entered." PL_LA is not collected: it is the local authority of the placement postcode
 * (PL_POST), derived from the postcode directory. See {@link UnlocatedPlacementRule} for what is
 * flagged.
 */
public final class Rule169 extends UnlocatedPlacementRule {
  @Override
  public String code() {
    return "169";
  }
}
