package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * 579: "A new decision that the child should be placed for adoption this year cannot start when the
 * previous decision is still open. Decisions to place the child for adoption should also not
 * overlap. The date of any new decision to place the child for adoption must not be before the date
 * placed ceased of previous decisions." Orders the child's PlacedAdoption records by DATE_PLACED
 * (records without one last) and flags each that follows a decision without a DATE_PLACED_CEASED, or
 * whose DATE_PLACED is before the previous decision's DATE_PLACED_CEASED. Same in every year.
 */
public final class Rule579 implements Rule {
  private static final Comparator<PlacedForAdoption> BY_DECISION =
      Comparator.comparing((PlacedForAdoption p) -> p.decisionDate().orElse(LocalDate.MAX));

  @Override
  public String code() {
    return "579";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().size() < 2) {
      return;
    }
    List<PlacedForAdoption> ordered = child.placedForAdoption().stream().sorted(BY_DECISION).toList();
    for (int i = 1; i < ordered.size(); i++) {
      PlacedForAdoption previous = ordered.get(i - 1);
      PlacedForAdoption next = ordered.get(i);
      if (previous.ceasedDate().isEmpty() || AdoptionEpisodes.isBefore(next.decisionDate(), previous.ceasedDate())) {
        flags.flag(next);
      }
    }
  }
}
