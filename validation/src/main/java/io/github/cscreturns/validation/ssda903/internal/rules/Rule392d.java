package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 392d: "Home and placement postcodes should not be same unless the placement type is P1." Flags each
 * episode whose home and placement postcodes are both given and the same (case and spacing forgiven)
 * while its placement type is not P1 (placed with parents). Same in every year.
 */
public final class Rule392d implements Rule {
  @Override
  public String code() {
    return "392d";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode e : child.episodes()) {
      if (e.placement().type().filter(t -> t == PlacementType.P1).isPresent()) {
        continue;
      }
      String home = EpisodeItems.postcodeText(e, e.homePostcode(), "HOME_POST");
      String placement = EpisodeItems.postcodeText(e, e.placement().postcode(), "PL_POST");
      if (!home.isEmpty() && home.equals(placement)) {
        flags.flag(e);
      }
    }
  }
}
