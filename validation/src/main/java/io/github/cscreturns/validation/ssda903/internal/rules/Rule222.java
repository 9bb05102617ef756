package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 222: "Ofsted Unique reference number (URN) should not be recorded for this placement type." Flags
 * each episode with a URN other than the placeholder XXXXXXX whose placement type takes none ({@code
 * PlacementType.mustNotHaveUrn} by year): P1, P3, R1, R2, R5, T0–T4 and the other placements every
 * year, plus P2 to 2023-24 and H5 in 2022-23 (the DfE redefined the rule in 2023-24, 2024-25 and
 * 2025-26 as the supported accommodation reforms and the Z1 split took effect).
 */
public final class Rule222 implements Rule {
  @Override
  public String code() {
    return "222";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      boolean urnGiven =
          episode.placement().urn().map(u -> !u.isPlaceholder()).orElse(false)
              || (episode.placement().urn().isEmpty() && episode.unparsed("URN").isPresent());
      boolean urnNotExpected =
          episode.placement().type().map(t -> t.mustNotHaveUrn(context.year())).orElse(false);
      if (urnGiven && urnNotExpected) {
        flags.flag(episode);
      }
    }
  }
}
