package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 230 (2023-24 only): "Ofsted Unique reference number (URN) is required for any English H5 placements
 * from 28 October 2023." Flags each episode whose placement type needs a URN on the last day the
 * child spent in it (H5, still open or ceasing after 28 October 2023, {@link
 * PlacementType#SUPPORTED_ACCOMMODATION_REFORM}) whose URN is blank or the placeholder XXXXXXX, unless the placement is known to lie outside
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
              .filter(t -> t == PlacementType.H5)
              .flatMap(t -> EpisodeDates.lastDayIn(episode, context.year()))
              .map(d -> !d.isBefore(PlacementType.SUPPORTED_ACCOMMODATION_REFORM))
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
