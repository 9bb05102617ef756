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
  void firesOnUn4ForAChildLookedAfterForMoreThanAWeek() {
    ImmutableEpisode first = episode(YEAR).start(LocalDate.of(2025, 3, 23)).build();
    Child c = child(YEAR).upn(Upn.of("UN4")).episodes(List.of(first)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c, first);
  }

  @Test
  void silentForAChildNewlyLookedAfterOrAnotherCode() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode recent = episode(YEAR).start(LocalDate.of(2025, 3, 24)).build();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN4")).episodes(List.of(recent)).build(), YEAR)).isEmpty();
    ImmutableEpisode ceased = episode(YEAR).end(LocalDate.of(2025, 1, 1)).reasonCeased(ReasonEpisodeCeased.E8).build();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN4")).episodes(List.of(ceased)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).upn(Upn.of("UN5")).build(), YEAR)).isEmpty();
  }
}
