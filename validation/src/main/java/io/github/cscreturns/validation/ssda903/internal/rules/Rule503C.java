package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;

/**
 * 503C: "The category of need in the first episode does not match open episode at end of last year." Needs last year's return. Where last year's return ends with an open episode, flags
 * this year's first episode if its CIN (category of need) differs from that episode's; see
 * {@link FirstEpisodeMatchesLastYearRule}.
 */
public final class Rule503C extends FirstEpisodeMatchesLastYearRule {
  @Override
  public String code() {
    return "503C";
  }

  @Override
  String item(Episode episode) {
    return LastYearsReturn.codeText(episode, episode.categoryOfNeed(), "CIN");
  }
}
