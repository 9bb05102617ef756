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

class Rule387Test {
  private final Rule387 rule = new Rule387();
  private static final LocalDate END = date(2022, 9, 1);

  private static Episode ceasedWith(ReasonEpisodeCeased rec) {
    return RuleTester.episode(YEAR).end(END).reasonCeased(rec).build();
  }

  @Test
  void firesWhenCeasedWithE5BeforeThe14thBirthday() {
    Episode episode = ceasedWith(ReasonEpisodeCeased.E5);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(14).plusDays(1), episode), YEAR)).containsExactly(episode);
  }

  @Test
  void silentOnTheOtherSideOfTheBirthdayOrForOtherReasons() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode episode = ceasedWith(ReasonEpisodeCeased.E5);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(14), episode), YEAR)).isEmpty();
    Episode other = ceasedWith(ReasonEpisodeCeased.E13);
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(14).plusDays(1), other), YEAR)).isEmpty();
    Episode noEnd = RuleTester.episode(YEAR).reasonCeased(ReasonEpisodeCeased.E5).build();
    assertThat(flagged(rule, childBorn(YEAR, END.minusYears(14).plusDays(1), noEnd), YEAR)).isEmpty();
  }

  @Test
  void firesWhenTheEpisodeCeasedBeforeTheChildWasBorn() {
    Episode episode = ceasedWith(ReasonEpisodeCeased.E6);
    assertThat(flagged(rule, childBorn(YEAR, END.plusDays(1), episode), YEAR)).containsExactly(episode);
  }

  @Test
  void firesWhenTheChildHasNoDateOfBirth() {
    Episode episode = ceasedWith(ReasonEpisodeCeased.E5);
    assertThat(flagged(rule, child(YEAR).dob(java.util.Optional.empty()).addEpisodes(episode).build(), YEAR)).containsExactly(episode);
  }
}
