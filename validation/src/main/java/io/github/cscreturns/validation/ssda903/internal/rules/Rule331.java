package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 331: "Date of matching child and adopter(s) should be the same as, or prior to, the date of
 * placement of adoption." Flags each episode that ceased with adoption (REC E11, E12) with each AD1
 * record whose DATE_MATCH is after the episode's DECOM. Same in every year.
 */
public final class Rule331 implements Rule {
  @Override
  public String code() {
    return "331";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.reasonCeased().filter(r -> r.isAdoption()).isEmpty()) {
        continue;
      }
      for (Adoption a : child.adoptions()) {
        if (AdoptionEpisodes.isAfter(a.matchedDate(), e.start())) {
          flags.flag(e);
          flags.flag(a);
        }
      }
    }
  }
}
