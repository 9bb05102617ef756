package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 584: "Date of decision that the child should be placed for adoption this year is different from that
 * recorded last year, but the decision to placed the child for adoption changed and the child should no
 * longer be placed for adoption." The DfE: "If &lt;CURRENT_COLLECTION_YEAR&gt; -1 &lt;DATE_PLACED&gt; has
 * been provided and &lt;DATE_PLACED_CEASED&gt; and or &lt;REASON_PLACED_CEASED&gt; is not NULL then
 * &lt;CURRENT_COLLECTION_YEAR&gt; &lt;DATE_PLACED&gt; must be &gt; &lt;CURRENT_COLLECTION_YEAR&gt; -1
 * &lt;DATE_PLACED&gt;." Needs last year's return. Where last year's return has a record of the child
 * whose decision changed (DATE_PLACED_CEASED or REASON_PLACED_CEASED recorded), flags each record of
 * this year with a blank DATE_PLACED, and each whose DATE_PLACED is not after that record's (both
 * read as days).
 *
 * <p>Departure (docs/rule-interpretations.md): the public Python validator flags the rows at the
 * positions of its joined table rather than the rows of the return, and compares the dates as text;
 * the DfE's logic above compares this year's DATE_PLACED with last year's.
 */
public final class Rule584 implements Rule {
  @Override
  public String code() {
    return "584";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption last : LastYearsPlacementDecisions.lastYear(context)) {
      if (!LastYearsPlacementDecisions.decisionChanged(last)) {
        continue;
      }
      Optional<LocalDate> lastDate = LastYearsReturn.recordedDate(last, last.decisionDate(), "DATE_PLACED");
      for (PlacedForAdoption now : child.placedForAdoption()) {
        Optional<LocalDate> date = LastYearsReturn.recordedDate(now, now.decisionDate(), "DATE_PLACED");
        boolean blank = ItemPresence.isBlank(now.decisionDate(), now, "DATE_PLACED");
        if (blank || (date.isPresent() && lastDate.isPresent() && !date.get().isAfter(lastDate.get()))) {
          flags.flag(now);
        }
      }
    }
  }
}
