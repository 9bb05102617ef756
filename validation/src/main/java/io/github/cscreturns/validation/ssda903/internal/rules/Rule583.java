package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 583: "More than one date the child should be placed for adoption has been reported, but an earlier
 * decision has not been revoked. Check that both dates are required and add in the date the earlier
 * decision was revoked. Note this may be in a previous year." Of a child's PlacedAdoption records,
 * all but the latest decision (by DATE_PLACED) must have a DATE_PLACED_CEASED: flags each other
 * record with it blank, and every record with it blank where there are several. Same in every year.
 */
public final class Rule583 implements Rule {
  @Override
  public String code() {
    return "583";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<PlacedForAdoption> all = child.placedForAdoption();
    if (all.size() < 2) {
      return;
    }
    List<PlacedForAdoption> open = all.stream().filter(p -> ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED")).toList();
    if (open.size() > 1) {
      flags.flagAll(open);
      return;
    }
    List<PlacedForAdoption> latestFirst = AdoptionEpisodes.byDecisionDateLatestFirst(child);
    PlacedForAdoption latest = latestFirst.isEmpty() ? all.get(0) : latestFirst.get(0);
    for (PlacedForAdoption p : open) {
      if (p != latest) {
        flags.flag(p);
      }
    }
  }
}
