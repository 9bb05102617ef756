package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 407: "Reason episode ceased is Special Guardianship Order, but child has reached age 18." Flags each
 * episode ceasing with a special guardianship order (E45–E48) on or after the child's 18th birthday,
 * and the child's Header. The DfE's specification asks that the date of birth be less than 18 years
 * before DEC, so an episode ceasing on the 18th birthday is flagged (the DfE's tool lets that day
 * pass). Nothing is flagged where DOB or DEC is missing. Same in every year.
 */
public final class Rule407 implements Rule {
  @Override
  public String code() {
    return "407";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean sgo = e.reasonCeased().map(ReasonEpisodeCeased::isSpecialGuardianship).orElse(false);
      if (sgo && e.end().flatMap(child::ageOn).map(age -> age >= 18).orElse(false)) {
        flags.flag(e);
        if (child.headerRecorded()) {
          flags.flag(child);
        }
      }
    }
  }
}
