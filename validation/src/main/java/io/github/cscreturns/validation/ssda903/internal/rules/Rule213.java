package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.function.Predicate;

/**
 * 213: "Placement provider information not required." Flags each episode with PLACE_PROVIDER filled in
 * (even if not a valid code) for a temporary placement (T0–T4) and, from the 2025-26 redefinition,
 * for an other placement (Z11–Z14) too: Z1, no longer a placement type then, is not on that list.
 */
public final class Rule213 implements Rule {
  private final Predicate<PlacementType> providerNotRequired;

  /** The definition to 2024-25: temporary placements T0–T4. */
  public Rule213() {
    this(PlacementGroupings.TEMPORARY);
  }

  private Rule213(Predicate<PlacementType> providerNotRequired) {
    this.providerNotRequired = providerNotRequired;
  }

  /** The 2025-26 definition: temporary placements T0–T4 and other placements Z11–Z14. */
  public static Rule213 otherPlacementsToo() {
    return new Rule213(PlacementGroupings.TEMPORARY_OR_OTHER);
  }

  @Override
  public String code() {
    return "213";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (ItemPresence.isBlank(episode.placement().provider(), episode, "PLACE_PROVIDER")) {
        continue;
      }
      if (episode.placement().type()
          .filter(providerNotRequired)
          .filter(t -> !t.isOtherPlacement() || t.isValidIn(context.year()))
          .isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
