package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.temporal.ChronoUnit;

/**
 * A rule limiting how long one kind of temporary placement may last (rules 375, 376, 379): flags each
 * ceased episode of the placement type whose DEC is more than the limit after its DECOM. As the DfE
 * portal judges it (the public Python validator that mirrors it measures each episode with both dates
 * and a child's date of birth), an open episode, one whose dates are not both dates, and the episodes
 * of a child without a date of birth are not judged, and episodes are measured one at a time.
 *
 * <p>Earlier we measured the placement across episodes and open placements to 31 March; that rested on
 * a reading of the message alone ("exceeds six weeks"), which does not outweigh the DfE's logic as the
 * portal implements it (docs/conformance-analysis.md).
 */
abstract class TemporaryPlacementLengthRule implements Rule {
  private final PlacementType type;
  private final long maximumDays;

  TemporaryPlacementLengthRule(PlacementType type, long maximumDays) {
    this.type = type;
    this.maximumDays = maximumDays;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (child.dob().isEmpty()) {
      return;
    }
    for (Episode episode : child.episodes()) {
      if (episode.placement().type().orElse(null) != type || episode.start().isEmpty() || episode.end().isEmpty()) {
        continue;
      }
      if (ChronoUnit.DAYS.between(episode.start().get(), episode.end().get()) > maximumDays) {
        flags.flag(episode);
      }
    }
  }
}
