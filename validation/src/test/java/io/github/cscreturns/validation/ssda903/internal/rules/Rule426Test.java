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

class Rule426Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule426 rule = new Rule426();

  @Test
  void firesOnEveryRespiteEpisodeWhenBothV3AndV4Occur() {
    Episode v3 = episode(Y).legalStatus(LegalStatus.V3).build();
    Episode v4 = episode(Y).legalStatus(LegalStatus.V4).build();
    Episode v3again = episode(Y).legalStatus(LegalStatus.V3).start(day(Y, 9, 1)).build();
    Child c = child(Y).episodes(List.of(v3, episode(Y).build(), v4, v3again)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(v3, v4, v3again);
  }

  @Test
  void silentWithOnlyOneKindOfRespite() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Child c = child(Y).episodes(List.of(episode(Y).legalStatus(LegalStatus.V3).build(), episode(Y).legalStatus(LegalStatus.V3).build())).build();
    assertThat(flagged(rule, c, Y)).isEmpty();
  }
}
