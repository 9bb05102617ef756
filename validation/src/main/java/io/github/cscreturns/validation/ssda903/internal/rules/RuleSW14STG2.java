package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/**
 * SW14STG2: "Social worker episode date ceased is blank." Flags each social worker episode without
 * an SW_DEC that is a date, other than the child's latest (which may still be open). 2023-24 only.
 */
public final class RuleSW14STG2 implements Rule {
  @Override
  public String code() {
    return "SW14STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    Optional<SocialWorkerEpisode> latest = SocialWorkerEpisodes.latest(child);
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.end().isEmpty() && latest.get() != e) {
        flags.flag(e);
      }
    }
  }
}
