package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 366: "A child cannot change placement during the course of an individual short-term respite
 * break." Each individually recorded break (legal status V3) is a period of care of its own, so its
 * episode must start with RNE S: flags each V3 episode whose RNE is not S (another code, unparsed
 * text, or blank, as the reference the DfE's checks are mirrored by reads it).
 */
public final class Rule366 implements Rule {
  @Override
  public String code() {
    return "366";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.legalStatus().orElse(null) == LegalStatus.V3
          && episode.reasonNewEpisode().orElse(null) != ReasonNewEpisode.S) {
        flags.flag(episode);
      }
    }
  }
}
