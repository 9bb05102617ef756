package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Rule217tTest {
  private final Rule217t rule = new Rule217t();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  private static ImmutableEpisode p2() {
    return episode(YEAR).placement(RuleTester.placement(YEAR).type(PlacementType.P2).build()).build();
  }

  @Test
  void firesOnP2EpisodesOngoingAfter28October2023() {
    ImmutableEpisode open = p2();
    ImmutableEpisode ceasedLate = p2().withEnd(LocalDate.of(2023, 10, 29)).withReasonCeased(ReasonEpisodeCeased.E8);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(open, ceasedLate)).build(), YEAR)).containsExactly(open, ceasedLate);
  }

  @Test
  void silentOnP2EndingBy28OctoberAndOtherTypes() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode ceased = p2().withEnd(LocalDate.of(2023, 10, 28)).withReasonCeased(ReasonEpisodeCeased.E8);
    ImmutableEpisode unparsedEnd = p2().withUnparsed(Map.of("DEC", "99/99/2023"));
    assertThat(flagged(rule, child(YEAR).episodes(List.of(ceased, unparsedEnd)).build(), YEAR)).isEmpty();
  }
}
