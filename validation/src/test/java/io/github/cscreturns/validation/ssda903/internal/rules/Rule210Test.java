package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class Rule210Test {
  private final Rule210 rule = new Rule210();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  @Test
  void firesOnUn4WithAnEpisodeStartingFrom24March() {
    ImmutableEpisode before = episode(YEAR).start(LocalDate.of(2024, 6, 1)).end(LocalDate.of(2025, 3, 24))
        .reasonCeased(ReasonEpisodeCeased.X1).build();
    ImmutableEpisode recent = episode(YEAR).start(LocalDate.of(2025, 3, 24)).build();
    Child c = child(YEAR).upn(Upn.of("UN4")).episodes(List.of(before, recent)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c, recent);
  }

  @Test
  void silentBefore24MarchOrForAnotherCode() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode earlier = episode(YEAR).start(LocalDate.of(2025, 3, 23)).build();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN4")).episodes(List.of(earlier)).build(), YEAR)).isEmpty();
    ImmutableEpisode recent = episode(YEAR).start(LocalDate.of(2025, 3, 24)).build();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN5")).episodes(List.of(recent)).build(), YEAR)).isEmpty();
  }
}
