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
 * SW11aSTG2 (2023-24 only): "Social worker episode has ended before 31 March and no subsequent social
 * worker episode has been provided." Takes the child's social worker episodes in order of start
 * ({@link SocialWorkerEpisodes#byStartAsRead}); where one ended (SW_DEC) more than 5 days before 31
 * March, the next must start (SW_DECOM) within 5 days either side of that end, and is flagged where it
 * has no start or starts further away. A child's last episode ending early has no next episode to
 * flag (SW11bSTG2 looks at the end of the year).
 */
public final class RuleSW11aSTG2 implements Rule {
  @Override
  public String code() {
    return "SW11aSTG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<SocialWorkerEpisode> ordered = SocialWorkerEpisodes.byStartAsRead(child);
    LocalDate lastEndChecked = context.year().ssda903End().minusDays(5);
    for (int i = 1; i < ordered.size(); i++) {
      Optional<LocalDate> ended = SocialWorkerEpisodes.end(ordered.get(i - 1));
      if (ended.isEmpty() || ended.get().isAfter(lastEndChecked)) {
        continue;
      }
      Optional<LocalDate> next = SocialWorkerEpisodes.start(ordered.get(i));
      if (next.isEmpty() || next.get().isBefore(ended.get().minusDays(5)) || next.get().isAfter(ended.get().plusDays(5))) {
        flags.flag(ordered.get(i));
      }
    }
  }
}
