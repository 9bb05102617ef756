package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 352: "Child who started to be looked after was aged 18 or over." Flags each episode with RNE S
 * (started to be looked after) that starts on or after the child's 18th birthday. Episodes without
 * a start date, and children without a date of birth, cannot be judged and are not flagged.
 */
public final class Rule352 implements Rule {
  @Override
  public String code() {
    return "352";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.reasonNewEpisode().orElse(null) != ReasonNewEpisode.S || episode.start().isEmpty()) {
        continue;
      }
      if (child.ageOn(episode.start().get()).orElse(0) >= 18) {
        flags.flag(episode);
      }
    }
  }
}
