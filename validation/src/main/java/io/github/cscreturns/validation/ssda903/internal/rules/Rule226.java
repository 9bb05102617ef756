package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;

/**
 * 226: "Reason for placement change is not required." (to 2024-25); "Reason for placement change is
 * not required for temporary placements." (from 2025-26, same logic). A move into or out of a
 * temporary placement (T0–T4) is not a placement change: flags each temporary-placement episode that
 * has a REASON_PLACE_CHANGE, or whose preceding episode has one (filled in, even if not a valid
 * code). The DfE's logic, as the reference quotes it: "If &lt;PL&gt; = 'T0'; 'T1'; 'T2'; 'T3' or 'T4'
 * then &lt;REASON_PLACE_CHANGE&gt; should be null in current episode and current episode - 1". The
 * episodes are in DECOM order, those whose DECOM is not a date after the dated ones in the order of
 * the return, as the reference orders them.
 */
public final class Rule226 implements Rule {
  @Override
  public String code() {
    return "226";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    List<Episode> dated = EpisodeDates.undatedLast(child);
    for (int i = 0; i < dated.size(); i++) {
      Episode episode = dated.get(i);
      if (!episode.placement().type().map(t -> t.isTemporary()).orElse(false)) {
        continue;
      }
      boolean own = hasReason(episode);
      boolean previous = i > 0 && hasReason(dated.get(i - 1));
      if (own || previous) {
        flags.flag(episode);
      }
    }
  }

  private static boolean hasReason(Episode episode) {
    return ItemPresence.isRecorded(episode.reasonPlaceChange(), episode, "REASON_PLACE_CHANGE");
  }
}
