package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
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

class Rule367Test {
  private final Rule367 rule = new Rule367();

  private static Episode[] breaks(int count, int days) {
    Episode[] breaks = new Episode[count];
    for (int i = 0; i < count; i++) {
      LocalDate start = date(2022, 5, 1).plusMonths(i * 2L);
      breaks[i] = withStatus(YEAR, LegalStatus.V3, start, start.plusDays(days));
    }
    return breaks;
  }

  @Test
  void firesOnEveryBreakWhenTheYearsBreaksExceed75Days() {
    Episode[] breaks = breaks(5, 16);
    assertThat(flagged(rule, childWith(YEAR, breaks), YEAR)).containsExactly(breaks);
    Episode open = withStatus(YEAR, LegalStatus.V3, date(2022, 12, 1), null);
    Episode closed = withStatus(YEAR, LegalStatus.V3, date(2022, 5, 1), date(2022, 5, 10));
    Episode other = withStatus(YEAR, LegalStatus.C2, date(2022, 6, 1), date(2022, 9, 1));
    assertThat(flagged(rule, childWith(YEAR, closed, other, open), YEAR)).containsExactly(closed, open);
  }

  @Test
  void silentUpTo75DaysCountingOnlyDaysInTheYear() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, breaks(5, 15)), YEAR)).isEmpty();
    // 60 of these 75 days fall before 1 April
    Episode spanning = withStatus(YEAR, LegalStatus.V3, date(2022, 1, 30), date(2022, 4, 16));
    Episode later = withStatus(YEAR, LegalStatus.V3, date(2022, 6, 1), date(2022, 7, 30));
    assertThat(flagged(rule, childWith(YEAR, spanning, later), YEAR)).isEmpty();
  }
}
