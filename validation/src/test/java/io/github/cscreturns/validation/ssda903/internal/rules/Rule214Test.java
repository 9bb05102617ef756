package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule214Test {
  private final Rule214 rule = new Rule214();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesOnRespiteEpisodesWithALocation() {
    ImmutableEpisode both = episode(YEAR).legalStatus(LegalStatus.V3).build();
    ImmutableEpisode urnOnly = episode(YEAR).legalStatus(LegalStatus.V4)
        .placement(RuleTester.placement(YEAR).postcode(Optional.empty()).urn(Urn.of("XXXXXXX")).build()).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(both, urnOnly)).build(), YEAR)).containsExactly(both, urnOnly);
  }

  @Test
  void silentWithoutLocationOrForOtherLegalStatuses() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode none = episode(YEAR).legalStatus(LegalStatus.V3)
        .placement(RuleTester.placement(YEAR).postcode(Optional.empty()).urn(Optional.empty()).build()).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(none)).build(), YEAR)).isEmpty();
  }
}
