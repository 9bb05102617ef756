package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule148Test {
  private final Rule148 rule = new Rule148();
  private static final CollectionYear YEAR = CollectionYear.Y2022_23;

  @Test
  void firesWhenOnlyOneOfDecAndRecIsGiven() {
    Episode decOnly = episode(YEAR).end(LocalDate.of(2022, 9, 1)).build();
    Episode recOnly = episode(YEAR).reasonCeased(ReasonEpisodeCeased.E13).build();
    Episode badDecOnly = episode(YEAR).unparsed(Map.of("DEC", "xx")).build();
    Child c = child(YEAR).episodes(List.of(decOnly, recOnly, badDecOnly)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(decOnly, recOnly, badDecOnly);
  }

  @Test
  void silentWhenBothOrNeither() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode both = episode(YEAR).end(LocalDate.of(2022, 9, 1)).reasonCeased(ReasonEpisodeCeased.E13).build();
    Episode bothOneUnparsed = episode(YEAR).end(LocalDate.of(2022, 9, 1)).unparsed(Map.of("REC", "E99")).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(both, bothOneUnparsed)).build(), YEAR)).isEmpty();
  }
}
