package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Optional;

/**
 * 552: "Date of Decision to place a child for adoption should be on or prior to the date that the
 * child was placed for adoption." Flags the child's first episode placed for adoption (earliest DECOM
 * with PLACE A3 to A6) and the latest decision to place for adoption (latest DATE_PLACED) where that
 * decision is after the episode's DECOM. Same in every year.
 */
public final class Rule552 implements Rule {
  @Override
  public String code() {
    return "552";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<PlacedForAdoption> decisions = AdoptionEpisodes.byDecisionDateLatestFirst(child);
    if (decisions.isEmpty()) {
      return;
    }
    Optional<Episode> placed = AdoptionEpisodes.earliest(child, AdoptionEpisodes::isPlacedForAdoption);
    PlacedForAdoption latest = decisions.get(0);
    if (placed.isPresent() && AdoptionEpisodes.isBefore(placed.get().start(), latest.decisionDate())) {
      flags.flag(placed.get());
      flags.flag(latest);
    }
  }
}
