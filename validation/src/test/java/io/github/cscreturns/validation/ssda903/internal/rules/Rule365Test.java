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

class Rule365Test {
  private final Rule365 rule = new Rule365();
  private static final LocalDate START = date(2022, 6, 1);

  @Test
  void firesForAnIndividualBreakOfMoreThan17Days() {
    Episode tooLong = withStatus(YEAR, LegalStatus.V3, START, START.plusDays(18));
    assertThat(flagged(rule, childWith(YEAR, tooLong), YEAR)).containsExactly(tooLong);
    Episode open = withStatus(YEAR, LegalStatus.V3, date(2023, 3, 1), null);
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).containsExactly(open);
  }

  @Test
  void silentForBreaksOfAtMost17DaysAndForAgreements() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, withStatus(YEAR, LegalStatus.V3, START, START.plusDays(17))), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR, withStatus(YEAR, LegalStatus.V4, START, START.plusDays(60))), YEAR)).isEmpty();
  }
}
