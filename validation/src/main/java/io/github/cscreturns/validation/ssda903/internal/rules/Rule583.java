package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 583: "More than one date the child should be placed for adoption has been reported, but an earlier
 * decision has not been revoked. Check that both dates are required and add in the date the earlier
 * decision was revoked. Note this may be in a previous year." Of a child's PlacedAdoption records,
 * all but the latest decision (by DATE_PLACED) must have a DATE_PLACED_CEASED, and the latest may
 * or may not: flags each other record with it blank (one without a DATE_PLACED is not the latest).
 * Where two or more records are open, every open record is flagged, the latest among them too: the
 * fault is in the pair, as the Python validator reports it. Same in every year.
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
    List<PlacedForAdoption> open = all.stream().filter(p -> ItemPresence.isBlank(p.ceasedDate(), p, "DATE_PLACED_CEASED")).toList();
    Optional<LocalDate> latest = all.stream().flatMap(p -> p.decisionDate().stream()).max(LocalDate::compareTo);
    for (PlacedForAdoption p : open) {
      if (open.size() > 1 || !p.decisionDate().equals(latest)) {
        flags.flag(p);
      }
    }
  }
}
