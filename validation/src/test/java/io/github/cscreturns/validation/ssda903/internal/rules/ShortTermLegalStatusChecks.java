package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;

/**
 * The checks shared by the tests of the short-term legal status length rules (361 for L1, 362 for L2,
 * 363 for L3, 364 for J2): a spell of the status longer than its maximum days is flagged, measured over
 * consecutive episodes, open spells running to 31 March.
 */
final class ShortTermLegalStatusChecks {
  private static final LocalDate START = date(2022, 6, 1);

  private ShortTermLegalStatusChecks() {}

  /** The rule flags a spell of {@code status} one day over {@code maximumDays}, alone, split or open. */
  static void firesForASpellLongerThanTheMaximum(Rule rule, LegalStatus status, int maximumDays) {
    Episode tooLong = withStatus(YEAR, status, START, START.plusDays(maximumDays + 1));
    assertThat(flagged(rule, childWith(YEAR, tooLong), YEAR)).containsExactly(tooLong);
    // a spell over two consecutive episodes is measured as a whole
    Episode first = withStatus(YEAR, status, START, START.plusDays(1));
    Episode second = withStatus(YEAR, status, START.plusDays(1), START.plusDays(maximumDays + 1));
    Episode after = withStatus(YEAR, LegalStatus.C1, START.plusDays(maximumDays + 1), null);
    assertThat(flagged(rule, childWith(YEAR, after, second, first), YEAR)).containsExactly(first, second);
    // an open spell runs to 31 March
    Episode open = withStatus(YEAR, status, YEAR.ssda903End().minusDays(maximumDays + 1), null);
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).containsExactly(open);
  }

  /** The rule is silent on spells of at most {@code maximumDays}, on separated spells and on an unparsed DEC. */
  static void silentForSpellsOfAtMostTheMaximum(Rule rule, LegalStatus status, int maximumDays) {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode longest = withStatus(YEAR, status, START, START.plusDays(maximumDays));
    assertThat(flagged(rule, childWith(YEAR, longest), YEAR)).isEmpty();
    // two short spells separated by another status are not added up
    Episode one = withStatus(YEAR, status, START, START.plusDays(maximumDays));
    Episode between = withStatus(YEAR, LegalStatus.C1, START.plusDays(maximumDays), START.plusDays(maximumDays + 5));
    Episode two = withStatus(YEAR, status, START.plusDays(maximumDays + 5), START.plusDays(2 * maximumDays + 5));
    assertThat(flagged(rule, childWith(YEAR, one, between, two), YEAR)).isEmpty();
    Episode open = withStatus(YEAR, status, YEAR.ssda903End().minusDays(maximumDays), null);
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).isEmpty();
    // an unparsed DEC cannot be measured
    Episode unknownEnd = RuleTester.episode(YEAR).legalStatus(status).start(START).unparsed(Map.of("DEC", "32/13/2022")).build();
    assertThat(flagged(rule, childWith(YEAR, unknownEnd), YEAR)).isEmpty();
  }
}
