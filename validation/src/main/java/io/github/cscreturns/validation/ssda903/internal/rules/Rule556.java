package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 556: "Date of decision that the child should be placed for adoption should be on or prior to the
 * date that the freeing order was granted." Flags each freeing order episode (LS D1) whose DECOM is
 * before the DATE_PLACED of one of the child's PlacedAdoption records. To 2023-24 (the DfE removed
 * the freeing order rules in 2024-25).
 */
public final class Rule556 implements Rule {
  @Override
  public String code() {
    return "556";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.legalStatus().filter(ls -> ls == LegalStatus.D1).isEmpty()) {
        continue;
      }
      for (PlacedForAdoption p : child.placedForAdoption()) {
        if (AdoptionEpisodes.isAfter(p.decisionDate(), e.start())) {
          flags.flag(e);
        }
      }
    }
  }
}
