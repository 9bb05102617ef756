package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 230 (2023-24 only): "Ofsted Unique reference number (URN) is required for any English H5 placements
 * from 28 October 2023." Flags each episode whose placement type needs a URN on the last day the
 * child spent in it ({@code PlacementType.requiresUrnOn}: H5, still open or ceasing after 28 October
 * 2023) whose URN is blank or the placeholder XXXXXXX, unless the placement is known to lie outside
 * England. An episode whose DEC did not parse is left to rule 147.
 */
public final class Rule230 implements Rule {
  @Override
  public String code() {
    return "230";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean needsUrn =
          episode
              .placement()
              .type()
              .flatMap(t -> EpisodeDates.lastDayIn(episode, context.year()).map(t::requiresUrnOn))
              .orElse(false);
      if (!needsUrn) {
        continue;
      }
      boolean noUrn =
          episode.placement().urn().map(u -> u.isPlaceholder()).orElse(episode.unparsed("URN").isEmpty());
      if (noUrn && !PlacementLocation.isOutsideEngland(episode, context)) {
        flags.flag(episode);
      }
    }
  }
}
