package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 233 (from 2025-26): "Reason for placement change is not required when the episode has not ceased."
 * Flags each episode with a blank DEC and a REASON_PLACE_CHANGE filled in (even if not a valid code).
 */
public final class Rule233 implements Rule {
  @Override
  public String code() {
    return "233";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (EpisodeDates.isOpenEnded(episode)
          && ItemPresence.isRecorded(episode.reasonPlaceChange(), episode, "REASON_PLACE_CHANGE")) {
        flags.flag(episode);
      }
    }
  }
}
