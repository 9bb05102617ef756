package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 561: "Date of the decision that the child should be placed for adoption this year is the same as that
 * recorded last year but records show that the decision changed, and the child should no longer be
 * placed for adoption last year." The DfE: "If &lt;CURRENT_COLLECTION_YEAR&gt; &lt;DATE_PLACED&gt; is =
 * &lt;CURRENT_COLLECTION_YEAR&gt; -1 &lt;DATE_PLACED&gt; then &lt;CURRENT_COLLECTION_YEAR&gt; -1
 * &lt;DATE_PLACED_CEASED&gt; and &lt;REASON_PLACED_CEASED&gt; should be Null." Needs last year's
 * return. Flags each PlacedAdoption record of this year whose DATE_PLACED (as written, not blank) is
 * that of a record of last year with DATE_PLACED_CEASED or REASON_PLACED_CEASED recorded.
 */
public final class Rule561 implements Rule {
  @Override
  public String code() {
    return "561";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption now : child.placedForAdoption()) {
      Optional<String> date = LastYearsPlacementDecisions.datePlacedAsWritten(now);
      if (date.isEmpty()) {
        continue;
      }
      boolean sameAsAChangedDecision =
          LastYearsPlacementDecisions.lastYear(context).stream()
              .anyMatch(last -> LastYearsPlacementDecisions.datePlacedAsWritten(last).equals(date) && LastYearsPlacementDecisions.decisionChanged(last));
      if (sameAsAChangedDecision) {
        flags.flag(now);
      }
    }
  }
}
