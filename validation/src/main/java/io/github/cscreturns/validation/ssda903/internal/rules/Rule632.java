package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * 632: "Date of previous permanence order not a valid value. NOTE: This rule may result in false
 * negatives where the period of care started before the current collection year" Takes the child's
 * first episode (earliest DECOM) and flags it with each PrevPerm record whose DATE_PERM is filled in
 * but not in the DfE's format (dd/mm/yyyy, ZZ for an unknown day or month, ZZZZ for an unknown year),
 * or whose latest possible date is on or after that DECOM: the order must come before the care. Same
 * in every year.
 */
public final class Rule632 implements Rule {
  @Override
  public String code() {
    return "632";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.previousPermanence().isEmpty()) {
      return;
    }
    Optional<Episode> first = AdoptionEpisodes.earliest(child, e -> true);
    if (first.isEmpty()) {
      return;
    }
    for (PreviousPermanence p : child.previousPermanence()) {
      PermanenceDate.Reading date = PermanenceDate.of(p);
      if (!date.valid() || date.latest().filter(d -> !d.isBefore(first.get().start().get())).isPresent()) {
        flags.flag(first.get());
        flags.flag(p);
      }
    }
  }
}
