package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 1003: "Date of LA's decision that a child should be placed for adoption is before the child
 * started to be looked after." Flags the child's first episode starting a period of care (earliest
 * DECOM with RNE S) with each PlacedAdoption record whose DATE_PLACED is before that DECOM. Same in
 * every year.
 */
public final class Rule1003 implements Rule {
  @Override
  public String code() {
    return "1003";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().isEmpty()) {
      return;
    }
    Optional<Episode> first =
        AdoptionEpisodes.earliest(child, e -> e.reasonNewEpisode().filter(r -> r == ReasonNewEpisode.S).isPresent());
    if (first.isEmpty()) {
      return;
    }
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isBefore(p.decisionDate(), first.get().start())) {
        flags.flag(first.get());
        flags.flag(p);
      }
    }
  }
}
