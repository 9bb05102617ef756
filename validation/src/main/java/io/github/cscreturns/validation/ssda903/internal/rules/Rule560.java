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
 * 560: "Date of decision that the child should be placed for adoption this year is different from that
 * recorded last year but the decision to place the child for adoption did not change." The DfE: "If
 * &lt;CURRENT_COLLECTION_YEAR&gt; -1 &lt;DATE_PLACED&gt; has been provided and &lt;DATE_PLACED_CEASED&gt;
 * is Null then &lt;CURRENT_COLLECTION_YEAR&gt; &lt;DATE_PLACED&gt; should = &lt;CURRENT_COLLECTION_YEAR&gt;
 * -1 &lt;DATE_PLACED&gt;." Needs last year's return. Flags each PlacedAdoption record of this year whose
 * DATE_PLACED (as written; a blank one included) differs from that of a record of last year that has
 * a DATE_PLACED and no DATE_PLACED_CEASED.
 */
public final class Rule560 implements Rule {
  @Override
  public String code() {
    return "560";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (PlacedForAdoption last : LastYearsPlacementDecisions.lastYear(context)) {
      Optional<String> lastDate = LastYearsPlacementDecisions.datePlacedAsWritten(last);
      if (lastDate.isEmpty() || ItemPresence.isRecorded(last.ceasedDate(), last, "DATE_PLACED_CEASED")) {
        continue;
      }
      for (PlacedForAdoption now : child.placedForAdoption()) {
        if (!LastYearsPlacementDecisions.datePlacedAsWritten(now).equals(lastDate)) {
          flags.flag(now);
        }
      }
    }
  }
}
