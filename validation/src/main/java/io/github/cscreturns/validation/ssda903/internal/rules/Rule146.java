package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 146: "Placement type code is not a valid code." Flags each episode whose PLACE is not a known code
 * or not valid in the year. The DfE redefined the rule in 2024-25 (K3 added) and 2025-26 (H5, P2 and
 * Z1 withdrawn, Z11 to Z14 added); the codeset's validity by year carries those changes. A blank
 * PLACE is left to other rules.
 */
public final class Rule146 implements Rule {
  @Override
  public String code() {
    return "146";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean invalid =
          episode.unparsed("PLACE").isPresent()
              || episode.placement().type().map(c -> !c.isValidIn(context.year())).orElse(false);
      if (invalid) {
        flags.flag(episode);
      }
    }
  }
}
