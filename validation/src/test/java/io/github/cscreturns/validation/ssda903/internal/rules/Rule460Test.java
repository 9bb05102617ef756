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

class Rule460Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule460 rule = new Rule460();

  @Test
  void firesWhenStayingPutBeforeThe18thBirthday() {
    LocalDate dob = LocalDate.of(Y.startYear() - 18, 7, 1);
    Episode early = episode(Y).end(LocalDate.of(Y.startYear(), 6, 30)).reasonCeased(ReasonEpisodeCeased.E17).build();
    Child c = child(Y).dob(dob).episodes(List.of(early)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(early);
  }

  @Test
  void silentOnOrAfterThe18thBirthday() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    LocalDate dob = LocalDate.of(Y.startYear() - 18, 7, 1);
    Episode onTheDay = episode(Y).end(LocalDate.of(Y.startYear(), 7, 1)).reasonCeased(ReasonEpisodeCeased.E17).build();
    assertThat(flagged(rule, child(Y).dob(dob).episodes(List.of(onTheDay)).build(), Y)).isEmpty();
    assertThat(flagged(rule, child(Y).dob(Optional.empty()).episodes(List.of(onTheDay)).build(), Y)).isEmpty();
  }
}
