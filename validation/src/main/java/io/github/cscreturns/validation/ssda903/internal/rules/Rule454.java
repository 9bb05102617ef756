package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * 454 (from 2025-26): "Placement distance from home is over 350 miles." PL_DISTANCE is derived from the
 * postcodes, so the rule needs a postcode directory. Flags each episode whose derived distance exceeds
 * 350 miles; a distance of exactly 999.9, the DfE's marker for a distance that cannot be given, is
 * not flagged. Children formerly UASC are not exempt (the DfE's own tool notes the same).
 */
public final class Rule454 implements Rule {
  private static final double LIMIT_MILES = 350.0;
  private static final double NOT_GIVEN_MARKER = 999.9;

  @Override
  public String code() {
    return "454";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.POSTCODE_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      OptionalDouble miles = EpisodeItems.distanceMiles(e, context);
      if (miles.isPresent() && miles.getAsDouble() > LIMIT_MILES && miles.getAsDouble() != NOT_GIVEN_MARKER) {
        flags.flag(e);
      }
    }
  }
}
