package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 446: "E1 is not a valid code for episodes starting before December 2005." Flags each episode under
 * legal status E1 (placement order granted) starting before 1 December 2005, before placement orders
 * existed. Same in every year.
 */
public final class Rule446 implements Rule {
  private static final LocalDate FIRST_PLACEMENT_ORDER_START = LocalDate.of(2005, 12, 1);

  @Override
  public String code() {
    return "446";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean placementOrder = e.legalStatus().filter(ls -> ls == LegalStatus.E1).isPresent();
      if (placementOrder && e.start().filter(d -> d.isBefore(FIRST_PLACEMENT_ORDER_START)).isPresent()) {
        flags.flag(e);
      }
    }
  }
}
