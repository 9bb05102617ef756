package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacementSpell;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * 377: "Only two temporary placements coded as being due to holiday of usual foster carer(s) are
 * allowed in any 12- month period." Counts the child's placements (not episodes: a change of legal
 * status alone does not start a new placement; see {@link Child#placements()}) of type T3; wherever
 * three or more of them start within twelve months of one another, flags every episode of those
 * placements.
 *
 * <p>The public Python validator counts T3 episodes across the whole return; we count placements in
 * a true rolling 12-month window, as the message says.
 */
public final class Rule377 implements Rule {
  private static final int MAXIMUM_PLACEMENTS = 2;

  @Override
  public String code() {
    return "377";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<PlacementSpell> holidays =
        child.placements().stream().filter(p -> p.placement().type().orElse(null) == PlacementType.T3).toList();
    for (int first = 0; first < holidays.size(); first++) {
      LocalDate windowStart = holidays.get(first).start();
      int last = first;
      while (last + 1 < holidays.size()
          && ChronoUnit.MONTHS.between(windowStart, holidays.get(last + 1).start()) < 12) {
        last++;
      }
      if (last - first + 1 > MAXIMUM_PLACEMENTS) {
        for (PlacementSpell p : holidays.subList(first, last + 1)) {
          flags.flagAll(p.episodes());
        }
      }
    }
  }
}
