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

class Rule442Test {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final Rule442 rule = new Rule442();

  @Test
  void firesOnALookedAfterChildWithoutUpn() {
    Child c = child(Y).upn(Optional.empty()).build();
    assertThat(flagged(rule, c, Y)).containsExactly(c);
    Child blankLs = child(Y).upn(Optional.empty()).episodes(List.of(episode(Y).legalStatus(Optional.empty()).build())).build();
    assertThat(flagged(rule, blankLs, Y)).containsExactly(blankLs);
  }

  @Test
  void silentWithAUpnAnUnknownReasonOrOnlyRespite() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    assertThat(flagged(rule, child(Y).upn(Upn.of("UN2")).build(), Y)).isEmpty();
    Child respite = child(Y).upn(Optional.empty()).episodes(List.of(episode(Y).legalStatus(LegalStatus.V4).build())).build();
    assertThat(flagged(rule, respite, Y)).isEmpty();
    assertThat(flagged(rule, child(Y).upn(Optional.empty()).episodes(List.of()).build(), Y)).isEmpty();
  }
}
