package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * SW08STG2: "A new social worker episode has started, but the previous episode has not ended."
 * Flags each social worker episode with a start (SW_DECOM) and no end date (SW_DEC) that is not the
 * child's latest: a later episode has started. From 2023-24.
 */
public final class RuleSW08STG2 implements Rule {
  @Override
  public String code() {
    return "SW08STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<SocialWorkerEpisode> latest = SocialWorkerEpisodes.latest(child);
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.start().isPresent() && e.end().isEmpty() && latest.get() != e) {
        flags.flag(e);
      }
    }
  }
}
