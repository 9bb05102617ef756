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

class Rule357Test {
  private final Rule357 rule = new Rule357();

  @Test
  void firesWhenTheFirstEpisodeInTheYearIsNotAStart() {
    Episode first = episode(YEAR, date(2022, 6, 1), ReasonNewEpisode.P, PlacementType.U4).end(date(2022, 7, 1))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    Episode second = episode(YEAR, date(2022, 7, 1), ReasonNewEpisode.P, PlacementType.U6).build();
    assertThat(flagged(rule, childWith(YEAR, second, first), YEAR)).containsExactly(first);

    Episode unknown = RuleTester.episode(YEAR).reasonNewEpisode(Optional.empty()).unparsed(Map.of("RNE", "Q")).build();
    assertThat(flagged(rule, childWith(YEAR, unknown), YEAR)).containsExactly(unknown);
    Episode blank = RuleTester.episode(YEAR).reasonNewEpisode(Optional.empty()).build();
    assertThat(flagged(rule, childWith(YEAR, blank), YEAR)).containsExactly(blank);
  }

  @Test
  void silentForAStartOrAnEpisodeFromEarlierYears() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode continuing = episode(YEAR, date(2022, 3, 31), ReasonNewEpisode.P, PlacementType.U4).build();
    assertThat(flagged(rule, childWith(YEAR, continuing), YEAR)).isEmpty();
    assertThat(flagged(rule, childWith(YEAR), YEAR)).isEmpty();
  }
}
