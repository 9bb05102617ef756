package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 142: "A new episode has started, but the previous episode has not ended." Flags every episode with
 * a DECOM but the child's latest whose DEC is not a date (blank, or text that is not a date) or whose
 * REC is blank: a later episode has started, so it must have ended. As the reference the DfE's
 * checks are mirrored by reads it: the latest episode is the one with the latest DECOM, the first in
 * the return of those that share it; an episode whose DECOM is not a date counts as started after
 * every dated one (it is never flagged itself), so it leaves none of the dated episodes the latest.
 */
public final class Rule142 implements Rule {
  @Override
  public String code() {
    return "142";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Episode latest = null;
    for (Episode episode : child.episodes()) {
      if (episode.start().isEmpty()) {
        latest = null;
        break;
      }
      LocalDate start = episode.start().orElseThrow();
      if (latest == null || start.isAfter(latest.start().orElseThrow())) {
        latest = episode;
      }
    }
    for (Episode episode : child.episodes()) {
      if (episode.start().isPresent() && episode != latest
          && (episode.end().isEmpty() || ItemPresence.isBlank(episode.reasonCeased(), episode, "REC"))) {
        flags.flag(episode);
      }
    }
  }
}
