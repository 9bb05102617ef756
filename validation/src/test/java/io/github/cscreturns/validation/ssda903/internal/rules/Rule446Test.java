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

class Rule446Test {
  private static final CollectionYear Y = CollectionYear.Y2026_27;
  private final Rule446 rule = new Rule446();

  @Test
  void firesOnPlacementOrdersStartingBeforeDecember2005() {
    Episode e1 = episode(Y).legalStatus(LegalStatus.E1).start(LocalDate.of(2005, 11, 30)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(e1)).build(), Y)).containsExactly(e1);
  }

  @Test
  void silentFrom1December2005() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode e1 = episode(Y).legalStatus(LegalStatus.E1).start(LocalDate.of(2005, 12, 1)).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(e1)).build(), Y)).isEmpty();
  }
}
