package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 213: "Placement provider information not required." Flags each episode with PLACE_PROVIDER filled in
 * (even if not a valid code) for a temporary placement (T0–T4) and, from the 2025-26 redefinition,
 * for an other placement (Z11–Z14) too.
 */
public final class Rule213 implements Rule {
  @Override
  public String code() {
    return "213";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    boolean otherPlacementsToo = context.year().isEqualOrNewerThan(CollectionYear.Y2025_26);
    for (Episode episode : child.episodes()) {
      if (ItemPresence.isBlank(episode.placement().provider(), episode, "PLACE_PROVIDER")) {
        continue;
      }
      PlacementType type = episode.placement().type().orElse(null);
      if (type != null && (type.isTemporary() || (otherPlacementsToo && type.isOtherPlacement()))) {
        flags.flag(episode);
      }
    }
  }
}
