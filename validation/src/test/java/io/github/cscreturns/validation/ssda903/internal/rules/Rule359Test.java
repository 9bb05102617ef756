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

class Rule359Test {
  private final Rule359 rule = new Rule359();

  @Test
  void firesForAnOpenEpisodeOfAnAdultNotUnderSection20InAChildrensHome() {
    Episode fostered = RuleTester.episode(YEAR).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2004, 6, 1), fostered), YEAR)).containsExactly(fostered);
    Episode wrongHome = RuleTester.episode(YEAR).legalStatus(LegalStatus.V2).placement(placement(PlacementType.K1)).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2004, 6, 1), wrongHome), YEAR)).containsExactly(wrongHome);
  }

  @Test
  void silentForSection20InAChildrensHomeClosedEpisodesOrUnder18s() {
    assertThat(flagged(rule.perChild(), child(YEAR).build(), YEAR)).isEmpty();
    Episode right = RuleTester.episode(YEAR).legalStatus(LegalStatus.V2).placement(placement(PlacementType.K2)).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2004, 6, 1), right), YEAR)).isEmpty();
    Episode closed = RuleTester.episode(YEAR).end(date(2022, 9, 1)).reasonCeased(ReasonEpisodeCeased.E17).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2004, 6, 1), closed), YEAR)).isEmpty();
    // 18th birthday on 31 March itself is not before the year's end
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2005, 3, 31), RuleTester.episode(YEAR).build()), YEAR)).isEmpty();
  }
}
