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

class Rule389Test {
  private final Rule389 rule = new Rule389();
  private static final LocalDate END = date(2022, 9, 1);

  private static Episode ceasedWith(ReasonEpisodeCeased rec) {
    return RuleTester.episode(YEAR).end(END).reasonCeased(rec).build();
  }

  @Test
  void firesWhenCeasedWithE7BeforeThe16thBirthday() {
    Episode episode = ceasedWith(ReasonEpisodeCeased.E7);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(16).plusDays(1), episode), YEAR)).containsExactly(episode);
    // not shown to be 16 at ceasing: no DEC, or no DOB
    Episode noEnd = RuleTester.episode(YEAR).reasonCeased(ReasonEpisodeCeased.E7).build();
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(20), noEnd), YEAR)).containsExactly(noEnd);
    assertThat(flagged(rule, RuleTester.child(YEAR).dob(Optional.empty()).episodes(java.util.List.of(episode)).build(), YEAR))
        .containsExactly(episode);
  }

  @Test
  void silentOnTheOtherSideOfTheBirthdayOrForOtherReasons() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode episode = ceasedWith(ReasonEpisodeCeased.E7);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(16), episode), YEAR)).isEmpty();
    Episode other = ceasedWith(ReasonEpisodeCeased.E13);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(16).plusDays(1), other), YEAR)).isEmpty();
  }
}
