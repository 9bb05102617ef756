package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 334: "Date child started to be looked after in latest period of care must be on or prior to the
 * date should be placed for adoption." Takes the child's latest episode starting a period of care
 * (latest DECOM with RNE S) and flags it with each AD1 record whose DATE_INT is before that DECOM.
 * Same in every year.
 */
public final class Rule334 implements Rule {
  @Override
  public String code() {
    return "334";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.adoptions().isEmpty()) {
      return;
    }
    Optional<Episode> latest =
        AdoptionEpisodes.latest(child, e -> e.reasonNewEpisode().filter(r -> r == ReasonNewEpisode.S).isPresent());
    if (latest.isEmpty()) {
      return;
    }
    for (Adoption a : child.adoptions()) {
      if (AdoptionEpisodes.isBefore(a.decisionDate(), latest.get().start())) {
        flags.flag(latest.get());
        flags.flag(a);
      }
    }
  }
}
