package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 179: "Placement location code is not a valid code." PL_LOCATION is not collected: it says whether
 * the placement lies inside or outside the returning authority (IN or OUT), derived from the local
 * authority of the placement postcode (PL_POST) in the postcode directory, so it is missing exactly
 * when PL_LA is (rule 169). Flags each episode, other than under respite legal
 * statuses V3/V4 (which need no placement location), whose PL_POST is blank or unknown to the
 * directory.
 */
public final class Rule179 implements Rule {
  @Override
  public String code() {
    return "179";
  }

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
