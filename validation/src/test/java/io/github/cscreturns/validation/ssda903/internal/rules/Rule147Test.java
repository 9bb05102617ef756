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

class Rule147Test {
  private final Rule147 rule = new Rule147();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  @Test
  void firesOnADateThatDidNotParse() {
    Episode bad = episode(YEAR).unparsed(Map.of("DEC", "31/04/2024")).reasonCeased(ReasonEpisodeCeased.E8).build();
    Child c = child(YEAR).episodes(List.of(bad)).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(bad);
  }

  @Test
  void silentOnADateOrABlank() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Episode ended = episode(YEAR).end(LocalDate.of(2024, 1, 5)).reasonCeased(ReasonEpisodeCeased.E8).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(ended)).build(), YEAR)).isEmpty();
  }
}
