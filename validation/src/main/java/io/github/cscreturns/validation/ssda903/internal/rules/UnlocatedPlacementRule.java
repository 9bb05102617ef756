package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * The check behind rules 169 (PL_LA) and 179 (PL_LOCATION): both items are derived from the local
 * authority of the placement postcode (PL_POST) in the postcode directory, so both are missing
 * exactly when that look-up fails. Flags each episode, other than under respite legal statuses V3/V4
 * (which need no placement location), whose PL_POST is blank or unknown to the directory.
 */
abstract class UnlocatedPlacementRule implements Rule {
  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    context.referenceData().postcodes().ifPresent(directory -> {
      for (Episode episode : child.episodes()) {
        if (!PlacementLocation.hasDerivableLocation(episode, directory)) {
          flags.flag(episode);
        }
      }
    });
  }
}
