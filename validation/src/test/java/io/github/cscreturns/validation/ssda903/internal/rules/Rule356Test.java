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

class Rule356Test {
  private final Rule356 rule = new Rule356();

  @Test
  void firesWhenTheEpisodeCeasedBeforeItStarted() {
    Episode backwards = RuleTester.episode(YEAR).end(date(2022, 5, 31)).reasonCeased(ReasonEpisodeCeased.E13).build();
    assertThat(flagged(rule, childWith(YEAR, backwards), YEAR)).containsExactly(backwards);
  }

  @Test
  void silentWhenCeasingOnOrAfterTheStart() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode sameDay = RuleTester.episode(YEAR).end(date(2022, 6, 1)).reasonCeased(ReasonEpisodeCeased.E13).build();
    assertThat(flagged(rule, childWith(YEAR, sameDay), YEAR)).isEmpty();
    Episode noStart = RuleTester.episode(YEAR).start(Optional.empty()).end(date(2022, 6, 1)).build();
    assertThat(flagged(rule, childWith(YEAR, noStart), YEAR)).isEmpty();
  }
}
