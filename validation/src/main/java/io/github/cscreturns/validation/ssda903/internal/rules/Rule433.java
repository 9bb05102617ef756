package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 433: "The reason for new episode suggests that this is a continuation episode, but the episode does
 * not start on the same day as the last episode finished." Taking the child's episodes in order of
 * DECOM, then DEC (episodes with no readable DECOM, or DEC, after those with one; otherwise as read), flags
 * an episode whose RNE continues a period of care (L, P, T, B or U) when the episode before it has no DEC,
 * it has no DECOM, or the two are not the same day. The child's first episode in the return is not
 * checked (its predecessor is in an earlier return). An episode whose DECOM is not a date is ordered
 * last and is flagged as a continuation that cannot be shown to start on the day the last one finished,
 * as the Python validator does. Episodes with a blank child ID are not compared. Same in every year.
 */
public final class Rule433 implements Rule {
  private static final Comparator<Optional<LocalDate>> DATE_THEN_NONE =
      Comparator.comparing(d -> d.orElse(LocalDate.MAX));

  @Override
  public String code() {
    return "433";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.childId().isBlank()) {
      return; // episodes without a child ID belong to no child
    }
    List<Episode> ordered =
        child.episodes().stream()
            .sorted(Comparator.comparing(Episode::start, DATE_THEN_NONE).thenComparing(Episode::end, DATE_THEN_NONE))
            .toList();
    for (int i = 1; i < ordered.size(); i++) {
      Episode previous = ordered.get(i - 1);
      Episode current = ordered.get(i);
      boolean continuation = current.reasonNewEpisode().map(ReasonNewEpisode::continuesPeriodOfCare).orElse(false);
      if (continuation && !sameDay(previous, current)) {
        flags.flag(current);
      }
    }
  }

  /** Whether the previous episode's DEC is the current one's DECOM (as dates, or as the same unreadable text). */
  private static boolean sameDay(Episode previous, Episode current) {
    if (previous.end().isPresent() || current.start().isPresent()) {
      return previous.end().isPresent() && previous.end().equals(current.start());
    }
    return previous.unparsed("DEC").isPresent() && previous.unparsed("DEC").equals(current.unparsed("DECOM"));
  }
}
