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

class Rule355Test {
  private final Rule355 rule = new Rule355();

  @Test
  void firesForAnEpisodeCeasingOnTheDayItStarted() {
    Episode day = RuleTester.episode(YEAR).end(date(2022, 6, 1)).reasonCeased(ReasonEpisodeCeased.E13).build();
    assertThat(flagged(rule, childWith(YEAR, day), YEAR)).containsExactly(day);
    // compared as written: both blank, or the same text that is not a date
    Episode undated = RuleTester.episode(YEAR).start(Optional.empty()).build();
    assertThat(flagged(rule, childWith(YEAR, undated), YEAR)).containsExactly(undated);
    Episode sameText = RuleTester.episode(YEAR).start(Optional.empty()).putUnparsed("DECOM", "unknown").putUnparsed("DEC", "unknown").build();
    assertThat(flagged(rule, childWith(YEAR, sameText), YEAR)).containsExactly(sameText);
  }

  @Test
  void silentForLongerOrOpenEpisodes() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode twoDays = RuleTester.episode(YEAR).end(date(2022, 6, 2)).reasonCeased(ReasonEpisodeCeased.E13).build();
    assertThat(flagged(rule, childWith(YEAR, twoDays), YEAR)).isEmpty();
    Episode open = RuleTester.episode(YEAR).build();
    assertThat(flagged(rule, childWith(YEAR, open), YEAR)).isEmpty();
  }
}
