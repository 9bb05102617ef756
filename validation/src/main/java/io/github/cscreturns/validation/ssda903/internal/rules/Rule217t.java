package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 217t (2023-24 only): "Placement type 'P2' is not a valid placement type from 28 October 2023."
 * Flags each episode whose placement type is not valid on the last day the child spent in it — in
 * practice a P2 episode still open, or ceasing after 28 October 2023 ({@code
 * PlacementType.isValidOn}). An episode whose DEC did not parse is left to rule 147.
 */
public final class Rule217t implements Rule {
  @Override
  public String code() {
    return "217t";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      PlacementType type = episode.placement().type().orElse(null);
      if (type == null || !type.isValidIn(context.year())) {
        continue; // unknown or withdrawn codes are rule 146's
      }
      boolean invalidOnLastDay =
          EpisodeDates.lastDayIn(episode, context.year()).map(d -> !type.isValidOn(context.year(), d)).orElse(false);
      if (invalidOnLastDay) {
        flags.flag(episode);
      }
    }
  }
}
