package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 526: "Child is missing a placement provider code for at least one episode." Flags each episode whose
 * placement provider is blank, unless its placement type is temporary (T0–T4) or an "other placement"
 * code valid in the year. The DfE's 2025-26 redefinition is the subdivision of Z1: to 2024-25 Z1 is
 * exempt, from 2025-26 Z11–Z14 are (and Z1, no longer valid, is not). A blank or unknown placement
 * type is not exempt.
 */
public final class Rule526 implements Rule {
  @Override
  public String code() {
    return "526";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (!ItemPresence.isBlank(e.placement().provider(), e, "PLACE_PROVIDER")) {
        continue;
      }
      boolean exempt = e.placement().type().map(t -> isExempt(t, context)).orElse(false);
      if (!exempt) {
        flags.flag(e);
      }
    }
  }

  private static boolean isExempt(PlacementType type, RuleContext context) {
    return type.isTemporary() || (type.isOtherPlacement() && type.isValidIn(context.year()));
  }
}
