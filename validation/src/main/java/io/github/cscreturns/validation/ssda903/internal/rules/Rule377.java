package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 377: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are
 * allowed in any 12- month period." Flags every T3 episode of a child with more than two T3 episodes
 * in the return (which covers one 12-month collection year), as the DfE portal does (the public Python
 * validator that mirrors it counts them so).
 *
 * <p>We used to count T3 placements in a rolling 12-month window, on a reading of the message alone,
 * which does not outweigh the DfE's logic as the portal implements it (docs/conformance-analysis.md).
 */
public final class Rule377 implements Rule {
  private static final int MAXIMUM_PLACEMENTS = 2;

  @Override
  public String code() {
    return "377";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> holidays =
        child.episodes().stream().filter(e -> e.placement().type().orElse(null) == PlacementType.T3).toList();
    if (holidays.size() > MAXIMUM_PLACEMENTS) {
      flags.flagAll(holidays);
    }
  }
}
