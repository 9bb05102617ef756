package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 408: "Child is placed for adoption with a placement order, but no placement order has been
 * recorded." Flags each episode placed for adoption with a placement order (A5, A6) whose legal status
 * is not E1 (placement order granted), blank included. Same in every year.
 */
public final class Rule408 implements Rule {
  @Override
  public String code() {
    return "408";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean withOrder = e.placement().type().map(PlacementType::isPlacedForAdoptionWithPlacementOrder).orElse(false);
      if (withOrder && e.legalStatus().filter(ls -> ls == LegalStatus.E1).isEmpty()) {
        flags.flag(e);
      }
    }
  }
}
