package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.Locale;

/**
 * 503F: "The Ofsted URN in the  first episode does not match open episode at end of last year." Needs
 * last year's return. Where last year's return ends with an open episode, flags this year's first
 * episode if its URN differs from that episode's (as judged: case aside, spaces kept; blank equals
 * blank); see {@link FirstEpisodeMatchesLastYearRule}.
 */
public final class Rule503F extends FirstEpisodeMatchesLastYearRule {
  @Override
  public String code() {
    return "503F";
  }

  @Override
  String item(Episode episode) {
    return episode.placement().urn().map(Urn::value).or(() -> episode.unparsed("URN"))
        .map(t -> t.toUpperCase(Locale.ROOT)).orElse("");
  }
}
