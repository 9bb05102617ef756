package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.Rule;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The checks shared by the tests of the rules that an episode's coded item is a valid code (143 RNE,
 * 144 LS, 145 CIN, 146 PLACE, 149 REC): text that is no code of the year is flagged, a blank is left
 * to the rules that require the item.
 */
final class EpisodeCodeChecks {
  private EpisodeCodeChecks() {}

  /**
   * The rule flags the episode whose {@code item} holds text that is no code, and not the baseline
   * episode beside it; {@code blank} empties the item's typed value on a baseline episode.
   */
  static void firesOnAnUnknownCode(Rule rule, CollectionYear year, String item, UnaryOperator<ImmutableEpisode.Builder> blank) {
    Episode good = episode(year).build();
    Episode bad = blank.apply(episode(year)).putUnparsed(item, "ZZ9").build();
    Child c = child(year).episodes(List.of(good, bad)).build();
    assertThat(flagged(rule, c, year)).containsExactly(bad);
  }

  /** The rule is silent on the baseline child and on an episode whose item is blank. */
  static void silentOnValidOrBlankCodes(Rule rule, CollectionYear year, UnaryOperator<ImmutableEpisode.Builder> blank) {
    assertThat(flagged(rule, child(year).build(), year)).isEmpty();
    Child blankItem = child(year).episodes(List.of(blank.apply(episode(year)).build())).build();
    assertThat(flagged(rule, blankItem, year)).isEmpty();
  }
}
