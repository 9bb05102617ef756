package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 554: "Date of decision that the child should be placed for adoption should be on or prior to the
 * date that the placement order was granted." Flags the child's first placement order episode
 * (earliest DECOM with LS E1) with each PlacedAdoption record whose DATE_PLACED is after that DECOM.
 * Same in every year. As the DfE notes, the first placement order may lie in an earlier year.
 */
public final class Rule554 implements Rule {
  @Override
  public String code() {
    return "554";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().isEmpty()) {
      return;
    }
    Optional<Episode> order = AdoptionEpisodes.earliest(child, e -> e.legalStatus().filter(ls -> ls == LegalStatus.E1).isPresent());
    if (order.isEmpty()) {
      return;
    }
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isAfter(p.decisionDate(), order.get().start())) {
        flags.flag(order.get());
        flags.flag(p);
      }
    }
  }
}
