package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule302Test {
  private final Rule302 rule = new Rule302();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesOnTheHeaderAndTheFirstEpisode() {
    ImmutableEpisode first = episode(YEAR).start(LocalDate.of(2022, 5, 1)).build();
    ImmutableEpisode later = episode(YEAR).start(LocalDate.of(2022, 7, 1)).build();
    Child c = child(YEAR).dob(LocalDate.of(2022, 6, 1)).episodes(List.of(later, first)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(c, first);
  }

  @Test
  void silentWhenTheFirstEpisodeStartsOnOrAfterBirth() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode atBirth = episode(YEAR).start(LocalDate.of(2022, 6, 1)).build();
    assertThat(flagged(rule, child(YEAR).dob(LocalDate.of(2022, 6, 1)).episodes(List.of(atBirth)).build(), YEAR)).isEmpty();
    assertThat(flagged(rule, child(YEAR).dob(Optional.empty()).build(), YEAR)).isEmpty();
  }
}
