package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule141Test {
  private final Rule141 rule = new Rule141();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  @Test
  void firesOnADateThatDidNotParse() {
    Episode bad = episode(YEAR).start(Optional.empty()).unparsed(Map.of("DECOM", "2023-13-01")).build();
    Child c = child(YEAR).addEpisodes(bad).build();
    assertThat(flagged(rule, c, YEAR)).containsExactly(bad);
  }

  @Test
  void silentOnADateOrABlank() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    Child blank = child(YEAR).episodes(List.of(episode(YEAR).start(Optional.empty()).build())).build();
    assertThat(flagged(rule, blank, YEAR)).isEmpty();
  }
}
