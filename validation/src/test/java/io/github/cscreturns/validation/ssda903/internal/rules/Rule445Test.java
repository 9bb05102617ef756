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

class Rule445Test {
  private static final CollectionYear Y = CollectionYear.Y2023_24;
  private final Rule445 rule = new Rule445();

  @Test
  void firesOnFreeingOrdersStartingAfter2005() {
    Episode d1 = episode(Y).legalStatus(LegalStatus.D1).start(LocalDate.of(2006, 1, 1)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(d1)).build(), Y)).containsExactly(d1);
  }

  @Test
  void silentOnOrBefore31December2005() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode d1 = episode(Y).legalStatus(LegalStatus.D1).start(LocalDate.of(2005, 12, 31)).build();
    Episode undated = episode(Y).legalStatus(LegalStatus.D1).start(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(d1, undated)).build(), Y)).isEmpty();
  }
}
