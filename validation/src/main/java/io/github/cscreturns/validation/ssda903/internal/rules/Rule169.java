package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Set;

/**
 * 169: "Local Authority (LA) of placement is not valid or is missing. Please check a valid postcode
 * has been entered." PL_LA is not collected: it is the local authority of the placement postcode
 * (PL_POST), derived from the postcode directory. Flags each episode, other than under respite legal
 * statuses V3/V4 (which need no placement location), whose PL_POST is blank or unknown to the
 * directory.
 */
public final class Rule169 implements Rule {
  @Override
  public String code() {
    return "169";
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
