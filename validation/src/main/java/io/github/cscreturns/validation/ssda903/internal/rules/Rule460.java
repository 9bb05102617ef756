package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 460: "Reason episode ceased is that child stayed with current carers at age 18 (or above), but child
 * is aged under 18." Flags each episode ceasing with E17 before the child's 18th birthday. Nothing is
 * flagged where DOB or DEC is missing, or DEC is before DOB. Same in every year.
 */
public final class Rule460 implements Rule {
  @Override
  public String code() {
    return "460";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      boolean stayedOn = e.reasonCeased().filter(r -> r == ReasonEpisodeCeased.E17).isPresent();
      if (stayedOn && e.end().flatMap(child::ageOn).map(age -> age < 18).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
