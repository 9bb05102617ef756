package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 365: "Any individual short- term respite placement must not exceed 17 days." Flags each episode
 * of an individually recorded short-term break (legal status V3) lasting more than 17 days from
 * DECOM to DEC, or to 31 March of the collection year while still open. V4 records agreements, not
 * individual breaks, so it is not measured.
 */
public final class Rule365 implements Rule {
  private static final long MAXIMUM_DAYS = 17;

  @Override
  public String code() {
    return "365";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (Episode episode : child.episodes()) {
      if (episode.legalStatus().orElse(null) != LegalStatus.V3) {
        continue;
      }
      if (EpisodeDates.daysToEndOrYearEnd(episode, context.year()).orElse(0) > MAXIMUM_DAYS) {
        flags.flag(episode);
      }
    }
  }
}
