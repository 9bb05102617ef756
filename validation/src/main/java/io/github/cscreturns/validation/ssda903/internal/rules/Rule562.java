package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 562: "Episode commenced before the start of the current collection year but there is a missing
 * continuous episode in the previous year." Needs last year's return. Takes this year's earliest
 * episode that started before 1 April of the collection year (DECOMs {@link
 * LastYearsReturn#recordedDate read as days}) and flags it unless the child's latest episode in last
 * year's return started on the same day: that is the episode continuing across the year end. A child
 * with no episode in last year's return has no such episode, so it is flagged too (NoE reports the
 * same absence from the other side). Rows without a CHILD are not checked: they cannot be matched.
 */
public final class Rule562 implements Rule {
  @Override
  public String code() {
    return "562";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.childId().value().isBlank()) {
      return; // rows without a CHILD cannot be matched with last year's; the CHILD rules report them
    }
    LocalDate yearStart = context.year().ssda903Start();
    Episode first = null;
    LocalDate firstStart = null;
    for (Episode e : child.episodes()) {
      Optional<LocalDate> start = LastYearsReturn.startOf(e);
      if (start.isPresent() && start.get().isBefore(yearStart) && (first == null || start.get().isBefore(firstStart))) {
        first = e;
        firstStart = start.get();
      }
    }
    if (first == null) {
      return;
    }
    Optional<LocalDate> lastStart = context.previous().flatMap(LastYearsReturn::lastEpisode).flatMap(LastYearsReturn::startOf);
    if (!lastStart.equals(Optional.of(firstStart))) {
      flags.flag(first);
    }
  }
}
