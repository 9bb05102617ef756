package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Episode;

/**
 * 503A: "The reason for new episode in the first episode does not match open episode at end of last year." Needs last year's return. Where last year's return ends with an open episode, flags
 * this year's first episode if its RNE (reason for new episode) differs from that episode's; see
 * {@link FirstEpisodeMatchesLastYearRule}.
 */
public final class Rule503A extends FirstEpisodeMatchesLastYearRule {
  @Override
  public String code() {
    return "503A";
  }

  @Override
  String item(Episode episode) {
    return LastYearsReturn.codeText(episode, episode.reasonNewEpisode(), "RNE");
  }
}
