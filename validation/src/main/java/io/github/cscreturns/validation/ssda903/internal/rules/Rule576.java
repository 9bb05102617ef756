package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * 576: "There is an open missing/away from placement without authorisation period in last year’s
 * return and there is no corresponding period recorded at the start of this year." Where last year's
 * return has a period of the child with a MIS_START and no MIS_END (blank), the child's first period
 * this year (the earliest MIS_START; one without a start counts as latest) must start that day; it is
 * flagged where it does not. The DfE lists the rule on the Missing tables alone, so a child with no
 * period this year has no record to flag and is left alone, as the public validator leaves it.
 *
 * <p>Needs last year's return; a child not in it has no open period to carry over.
 */
public final class Rule576 implements Rule {
  @Override
  public String code() {
    return "576";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PREVIOUS_YEAR);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.missingEpisodes().isEmpty() || context.previous().isEmpty()) {
      return;
    }
    MissingEpisode first = null;
    Optional<LocalDate> firstStart = Optional.empty();
    for (MissingEpisode m : child.missingEpisodes()) {
      Optional<LocalDate> start = LastYearsReturn.recordedDate(m, m.start(), "MIS_START");
      if (first == null || (start.isPresent() && (firstStart.isEmpty() || start.get().isBefore(firstStart.get())))) {
        first = m;
        firstStart = start;
      }
    }
    for (MissingEpisode last : context.previous().get().missingEpisodes()) {
      if (!ItemPresence.isBlank(last.end(), last, "MIS_END")) {
        continue;
      }
      Optional<LocalDate> openSince = LastYearsReturn.recordedDate(last, last.start(), "MIS_START");
      if (openSince.isPresent() && !openSince.equals(firstStart)) {
        flags.flag(first);
        return;
      }
    }
  }
}
