package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedAgainst;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.flaggedWithoutLastYearsRecord;
import static io.github.cscreturns.validation.ssda903.internal.rules.LastYearTester.lastYearsChild;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/** The assertions every 503 check shares: the first episode this year against last year's open episode. */
final class FirstEpisodeChecks {
  private FirstEpisodeChecks() {}

  /**
   * The rule flags this year's first episode when {@code changed} alters the item, and only that
   * episode; it is silent when the episode last year had ceased, when the item is unchanged, and for a
   * child new to the return.
   */
  static void assertFirstEpisodeMustRepeatTheOpenEpisode(FirstEpisodeMatchesLastYearRule rule, CollectionYear y, UnaryOperator<ImmutableEpisode> changed) {
    CollectionYear prev = y.previous().orElseThrow();
    Child lastYear = lastYearsChild(y).build();
    ImmutableEpisode first = changed.apply(RuleTester.episode(y).build()).withStart(LocalDate.of(y.startYear(), 4, 1));
    ImmutableEpisode later = RuleTester.episode(y).build().withStart(LocalDate.of(y.startYear(), 9, 1));
    Child now = child(y).episodes(List.of(later, first)).build();
    assertThat(flaggedAgainst(rule, y, now, lastYear)).containsExactly(first);

    Episode ceased = RuleTester.episode(prev).build().withEnd(LocalDate.of(prev.startYear(), 12, 1));
    assertThat(flaggedAgainst(rule, y, now, lastYearsChild(y).episodes(List.of(ceased)).build())).isEmpty();
    assertThat(flaggedAgainst(rule, y, child(y).build(), lastYear)).isEmpty();
    assertThat(flaggedWithoutLastYearsRecord(rule, y, now)).isEmpty();
  }
}
