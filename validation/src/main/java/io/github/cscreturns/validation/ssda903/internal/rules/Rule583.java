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
 * all but the latest decision (by DATE_PLACED) must have a DATE_PLACED_CEASED, and the latest may
 * or may not: flags each other record with it blank. The latest is one record: the one with the latest
 * DATE_PLACED (of equal dates the first read; one without a DATE_PLACED only where none has one), so of
 * two open decisions of the same latest date the second is flagged. Same in every year.
 *
 * <p>The public validator finds "the latest" by sorting the DATE_PLACED text, so that a decision of
 * 18/07/2024 counts as later than one of 16/09/2024; we compare the dates (its own test converts
 * DATE_PLACED to dates before calling the rule; see docs/rule-interpretations.md).
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
    PlacedForAdoption latest = all.get(0);
    for (PlacedForAdoption p : all) {
      if (p.decisionDate().isPresent()
          && (latest.decisionDate().isEmpty() || p.decisionDate().get().isAfter(latest.decisionDate().get()))) {
        latest = p;
      }
    }
    for (PlacedForAdoption p : all) {
      if (p != latest && ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED")) {
        flags.flag(p);
      }
    }
  }
}
