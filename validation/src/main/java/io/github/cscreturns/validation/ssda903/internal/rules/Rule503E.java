package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;

/**
 * 503E: "The placement provider in the first episode does not match open episode at end of last year." Needs last year's return. Where last year's return ends with an open episode, flags
 * this year's first episode if its PLACE_PROVIDER (placement provider) differs from that episode's; see
 * {@link FirstEpisodeMatchesLastYearRule}.
 */
public final class Rule503E extends FirstEpisodeMatchesLastYearRule {
  @Override
  public String code() {
    return "503E";
  }

  @Override
  String item(Episode episode) {
    return LastYearsReturn.codeText(episode, episode.placement().provider(), "PLACE_PROVIDER");
  }
}
