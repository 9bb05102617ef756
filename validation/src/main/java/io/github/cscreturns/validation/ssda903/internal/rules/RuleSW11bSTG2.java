package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * SW11bSTG2: "Social worker episode has ended before 31 March and no subsequent social worker episode
 * has been provided." Looks at episodes ending (SW_DEC) in the last 5 days of the year, 26 to 31 March,
 * among the child's social worker episodes in order of start ({@link SocialWorkerEpisodes#byStartAsRead}).
 * Flags, as the public validator does:
 *
 * <ul>
 *   <li>the episode after one ending then, where it has no start (SW_DECOM);
 *   <li>a child's only episode, where it ends then;
 *   <li>an episode ending then that began after the one before it began, and ends after the one
 *       before it began (the earlier episode does not follow it).
 * </ul>
 *
 * From 2023-24.
 */
public final class RuleSW11bSTG2 implements Rule {
  @Override
  public String code() {
    return "SW11bSTG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<SocialWorkerEpisode> ordered = SocialWorkerEpisodes.byStartAsRead(child);
    LocalDate yearEnd = context.year().ssda903End();
    LocalDate from = yearEnd.minusDays(5);
    if (ordered.size() == 1) {
      if (inLastDays(SocialWorkerEpisodes.end(ordered.get(0)), from, yearEnd)) {
        flags.flag(ordered.get(0));
      }
      return;
    }
    for (int i = 1; i < ordered.size(); i++) {
      SocialWorkerEpisode before = ordered.get(i - 1);
      SocialWorkerEpisode after = ordered.get(i);
      Optional<LocalDate> beforeEnds = SocialWorkerEpisodes.end(before);
      if (inLastDays(beforeEnds, from, yearEnd) && SocialWorkerEpisodes.start(after).isEmpty()) {
        flags.flag(after);
      }
      Optional<LocalDate> beforeStarts = SocialWorkerEpisodes.start(before);
      Optional<LocalDate> afterEnds = SocialWorkerEpisodes.end(after);
      if (beforeStarts.isPresent()
          && SocialWorkerEpisodes.start(after).isPresent()
          && inLastDays(afterEnds, from, yearEnd)
          && beforeStarts.get().isBefore(afterEnds.get())) {
        flags.flag(after);
      }
    }
  }

  private static boolean inLastDays(Optional<LocalDate> date, LocalDate from, LocalDate yearEnd) {
    return date.isPresent() && !date.get().isBefore(from) && !date.get().isAfter(yearEnd);
  }
}
