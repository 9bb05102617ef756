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

class Rule408Test {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule408 rule = new Rule408();

  private static Episode placed(PlacementType type, Optional<LegalStatus> ls) {
    return episode(Y).placement(Placement.builder().type(type).provider(PlacementProvider.PR1).build()).legalStatus(ls).build();
  }

  @Test
  void firesOnPlacementOrderPlacementsWithoutE1() {
    Episode a5 = placed(PlacementType.A5, Optional.of(LegalStatus.C2));
    Episode a6Blank = placed(PlacementType.A6, Optional.empty());
    Child c = child(Y).episodes(List.of(a5, placed(PlacementType.A6, Optional.of(LegalStatus.E1)), a6Blank)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(a5, a6Blank);
  }

  @Test
  void silentWithE1OrConsentPlacements() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Child c = child(Y).episodes(List.of(placed(PlacementType.A5, Optional.of(LegalStatus.E1)), placed(PlacementType.A3, Optional.of(LegalStatus.V2)))).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
