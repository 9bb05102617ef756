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

class Rule358Test {
  private final Rule358 rule = new Rule358();

  @Test
  void firesForAYouthJusticeStatusBeforeThe10thBirthdayFlaggingEpisodeAndHeader() {
    Episode remand = RuleTester.episode(YEAR).legalStatus(LegalStatus.J1).build();
    Child child = childBorn(YEAR, date(2012, 6, 2), remand);
    assertThat(flagged(rule.perChild(), child, YEAR)).containsExactly(remand, child);
    // the DfE's logic "DOB <= 10 years prior to DECOM" also flags a start on the 10th birthday
    Child tenToday = childBorn(YEAR, date(2012, 6, 1), remand);
    assertThat(flagged(rule.perChild(), tenToday, YEAR)).containsExactly(remand, tenToday);
  }

  @Test
  void silentAfterThe10thBirthdayOrForOtherStatuses() {
    assertThat(flagged(rule.perChild(), child(YEAR).build(), YEAR)).isEmpty();
    Episode remand = RuleTester.episode(YEAR).legalStatus(LegalStatus.J3).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2012, 5, 31), remand), YEAR)).isEmpty();
    Episode care = RuleTester.episode(YEAR).legalStatus(LegalStatus.C2).build();
    assertThat(flagged(rule.perChild(), childBorn(YEAR, date(2015, 1, 1), care), YEAR)).isEmpty();
  }
}
