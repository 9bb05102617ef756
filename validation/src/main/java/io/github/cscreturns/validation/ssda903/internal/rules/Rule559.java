package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * 559: "Date of decision that a child should be placed for adoption was not in the current year but
 * the date of the decision that the child should be placed for adoption was not completed in a
 * previous return." The DfE: "If &lt;DATE_PLACED&gt; &lt; &lt;COLLECTION_START_DATE&gt; then
 * &lt;CURRENT_COLLECTION_YEAR&gt; -1 &lt;DATE_PLACED&gt; cannot be Null." Needs last year's return.
 * Flags each PlacedAdoption record whose DATE_PLACED is before 1 April of the collection year when last
 * year's return has no PlacedAdoption record of the child, or one whose DATE_PLACED names no day.
 */
public final class Rule559 implements Rule {
  @Override
  public String code() {
    return "559";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<PlacedForAdoption> last = LastYearsPlacementDecisions.lastYear(context);
    boolean notCompletedLastYear =
        last.isEmpty() || last.stream().anyMatch(p -> LastYearsReturn.recordedDate(p, p.decisionDate(), "DATE_PLACED").isEmpty());
    if (!notCompletedLastYear) {
      return;
    }
    LocalDate yearStart = context.year().ssda903Start();
    for (PlacedForAdoption p : child.placedForAdoption()) {
      Optional<LocalDate> placed = LastYearsReturn.recordedDate(p, p.decisionDate(), "DATE_PLACED");
      if (placed.isPresent() && placed.get().isBefore(yearStart)) {
        flags.flag(p);
      }
    }
  }
}
