package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 706: "There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at
 * the start of this year." The DfE's logic: "If previous collection year last DoLO has
 * &lt;DOLO_START&gt; and &lt;DOLO_END&gt; is null, then a DoLO must be present in this years collection
 * and the first DoLO &lt;DOLO_START&gt; must be the same as that episode’s &lt;DOLO_START&gt;". Takes
 * last year's latest order (by DOLO_START); where it has a start and a blank DOLO_END, flags this
 * year's first order (by DOLO_START, one without a start counting as latest) when it starts on
 * another day, and the child's Header when the child has no order this year.
 *
 * <p>Needs last year's return; a child not in it has no open order to carry over. (The public
 * validator reports last year's row numbers as this year's; rows here are this year's.)
 *
 * @since 2026-27
 */
public final class Rule706 implements Rule {
  @Override
  public String code() {
    return "706";
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
    DeprivationOfLiberty lastYears = null;
    Optional<LocalDate> lastStart = Optional.empty();
    for (DeprivationOfLiberty d : context.previous().get().deprivationsOfLiberty()) {
      Optional<LocalDate> start = LastYearsReturn.recordedDate(d, d.start(), "DOLO_START");
      if (start.isPresent() && (lastStart.isEmpty() || !start.get().isBefore(lastStart.get()))) {
        lastYears = d;
        lastStart = start;
      }
    }
    if (lastYears == null || !ItemPresence.isBlank(lastYears.end(), lastYears, "DOLO_END")) {
      return;
    }
    if (child.deprivationsOfLiberty().isEmpty()) {
      flags.flag(child);
      return;
    }
    DeprivationOfLiberty first = null;
    Optional<LocalDate> firstStart = Optional.empty();
    for (DeprivationOfLiberty d : child.deprivationsOfLiberty()) {
      Optional<LocalDate> start = LastYearsReturn.recordedDate(d, d.start(), "DOLO_START");
      if (first == null || (start.isPresent() && (firstStart.isEmpty() || start.get().isBefore(firstStart.get())))) {
        first = d;
        firstStart = start;
      }
    }
    if (!firstStart.equals(lastStart)) {
      flags.flag(first);
    }
  }
}
