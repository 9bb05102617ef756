package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.RuleTesterB.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule364Test {
  private final Rule364 rule = new Rule364();
  private static final LocalDate START = date(2022, 6, 1);

  @Test
  void firesForASpellLongerThan21Days() {
    Episode tooLong = withStatus(YEAR, LegalStatus.J2, START, START.plusDays(21 + 1));
    assertThat(flagged(rule, childWith(YEAR, tooLong), YEAR)).containsExactly(tooLong);
    // a spell over two consecutive episodes is measured as a whole
    Episode first = withStatus(YEAR, LegalStatus.J2, START, START.plusDays(1));
    Episode second = withStatus(YEAR, LegalStatus.J2, START.plusDays(1), START.plusDays(21 + 1));
    Episode after = withStatus(YEAR, LegalStatus.C1, START.plusDays(21 + 1), null);
    assertThat(flagged(rule, childWith(YEAR, after, second, first), YEAR)).containsExactly(first, second);
    // an open spell runs to 31 March
    Episode open = withStatus(YEAR, LegalStatus.J2, YEAR.ssda903End().minusDays(21 + 1), null);
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).containsExactly(open);
  }

  @Test
  void silentForSpellsOfAtMost21Days() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode longest = withStatus(YEAR, LegalStatus.J2, START, START.plusDays(21));
    assertThat(flagged(rule, childWith(YEAR, longest), YEAR)).isEmpty();
    // two short spells separated by another status are not added up
    Episode one = withStatus(YEAR, LegalStatus.J2, START, START.plusDays(21));
    Episode between = withStatus(YEAR, LegalStatus.C1, START.plusDays(21), START.plusDays(21 + 5));
    Episode two = withStatus(YEAR, LegalStatus.J2, START.plusDays(21 + 5), START.plusDays(2 * 21 + 5));
    assertThat(flagged(rule, childWith(YEAR, one, between, two), YEAR)).isEmpty();
    Episode open = withStatus(YEAR, LegalStatus.J2, YEAR.ssda903End().minusDays(21), null);
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).isEmpty();
    // an unparsed DEC cannot be measured
    Episode unknownEnd = RuleTester.episode(YEAR).legalStatus(LegalStatus.J2).start(START)
        .unparsed(Map.of("DEC", "32/13/2022")).build();
    assertThat(flagged(rule, childWith(YEAR, unknownEnd), YEAR)).isEmpty();
  }
}
