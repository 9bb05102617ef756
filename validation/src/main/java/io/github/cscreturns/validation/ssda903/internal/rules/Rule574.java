package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 574: "A new missing/away from placement without authorisation period cannot start when the previous
 * missing/away from placement without authorisation period is still open. Missing/away from placement
 * without authorisation periods should also not overlap." The child's missing periods are put in
 * order of their end (an open one ordered by its start) and then their start, those without dates
 * last; each period that follows one still open (no MIS_END that is a date), or starts before the end
 * of the one before it, is flagged. A period may start on the day the one before it ended. Same in
 * every year.
 */
public final class Rule574 implements Rule {
  private static final Comparator<Optional<LocalDate>> DATES_FIRST =
      Comparator.comparing(d -> d.orElse(null), Comparator.nullsLast(Comparator.naturalOrder()));

  @Override
  public String code() {
    return "574";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.missingEpisodes().size() < 2) {
      return;
    }
    List<MissingEpisode> ordered = new ArrayList<>(child.missingEpisodes());
    ordered.sort(
        Comparator.comparing((MissingEpisode m) -> m.end().or(m::start), DATES_FIRST)
            .thenComparing(MissingEpisode::start, DATES_FIRST));
    for (int i = 1; i < ordered.size(); i++) {
      MissingEpisode previous = ordered.get(i - 1);
      MissingEpisode current = ordered.get(i);
      boolean previousOpen = previous.end().isEmpty();
      boolean overlaps =
          previous.end().isPresent() && current.start().isPresent() && current.start().get().isBefore(previous.end().get());
      if (previousOpen || overlaps) {
        flags.flag(current);
      }
    }
  }
}
