package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;

/**
 * 118: "Date of decision that a child should no longer be placed for adoption is before the current
 * collection year or before the date the child started to be looked after." Takes the child's
 * earliest episode (by DECOM) not under short-term breaks (LS V3, V4), and flags it with each
 * PlacedAdoption record whose DATE_PLACED_CEASED is before 1 April of the year or before that
 * episode's DECOM. Same in every year.
 */
public final class Rule118 implements Rule {
  @Override
  public String code() {
    return "118";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.placedForAdoption().isEmpty()) {
      return;
    }
    Optional<Episode> earliest =
        AdoptionEpisodes.earliest(child, e -> e.legalStatus().filter(ls -> ls.isRespite()).isEmpty());
    if (earliest.isEmpty()) {
      return;
    }
    Optional<LocalDate> yearStart = Optional.of(context.year().ssda903Start());
    for (PlacedForAdoption p : child.placedForAdoption()) {
      if (AdoptionEpisodes.isBefore(p.ceasedDate(), yearStart)
          || AdoptionEpisodes.isBefore(p.ceasedDate(), earliest.get().start())) {
        flags.flag(earliest.get());
        flags.flag(p);
      }
    }
  }
}
