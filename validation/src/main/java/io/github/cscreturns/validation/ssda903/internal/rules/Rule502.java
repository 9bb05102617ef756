package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 502: "Last year's record ended with an open episode. The date on which that episode started does not
 * match the start date of the first episode on this year’s record." Needs last year's return. For each
 * episode of the child in last year's return with DEC blank (open), flags the child's first episode
 * this year (earliest DECOM) unless it started on the same day; DECOMs are compared as the days they name
 * ({@link LastYearsReturn#recordedDate}), and one naming no day matches nothing. Nothing flagged for a child not in last year's return, without an open episode in
 * it, or without a dated episode this year.
 */
public final class Rule502 implements Rule {
  @Override
  public String code() {
    return "502";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (context.previous().isEmpty()) {
      return;
    }
    Optional<Episode> first = LastYearsReturn.firstEpisode(child);
    if (first.isEmpty()) {
      return;
    }
    for (Episode last : context.previous().get().episodes()) {
      boolean open = ItemPresence.isBlank(last.end(), last, "DEC");
      Optional<java.time.LocalDate> started = LastYearsReturn.startOf(last);
      if (open && (started.isEmpty() || !started.equals(LastYearsReturn.startOf(first.get())))) {
        flags.flag(first.get());
        return;
      }
    }
  }
}
