package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.female;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.closed;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.EpisodeChains;
import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule407Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule407 rule = new Rule407();

  @Test
  void firesOnASpecialGuardianshipOrderOnOrAfterThe18thBirthday() {
    LocalDate dob = LocalDate.of(Y.startYear() - 18, 7, 1);
    Episode onBirthday = episode(Y).end(LocalDate.of(Y.startYear(), 7, 1)).reasonCeased(ReasonEpisodeCeased.E47).build();
    Child c = child(Y).dob(dob).episodes(List.of(onBirthday)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(onBirthday, c);
  }

  @Test
  void silentBeforeThe18thBirthdayForOtherReasonsAndWithoutDates() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    LocalDate dob = LocalDate.of(Y.startYear() - 18, 7, 1);
    Episode dayBefore = episode(Y).end(LocalDate.of(Y.startYear(), 6, 30)).reasonCeased(ReasonEpisodeCeased.E45).build();
    Episode otherReason = episode(Y).end(LocalDate.of(Y.startYear(), 8, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    assertThat(flagged(rule, child(Y).dob(dob).episodes(List.of(dayBefore, otherReason)).build(), Y)).isEmpty();
    Episode sgo = episode(Y).end(LocalDate.of(Y.startYear(), 8, 1)).reasonCeased(ReasonEpisodeCeased.E45).build();
    assertThat(flagged(rule, child(Y).dob(Optional.empty()).episodes(List.of(sgo)).build(), Y)).isEmpty();
  }
}
