package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule164Test {
  private final Rule164 rule = new Rule164();
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static ImmutableEpisode placedAt(String postcode) {
    return episode(YEAR).placement(RuleTester.placement(YEAR).postcode(Postcode.of(postcode)).build()).build();
  }

  @Test
  void firesOnADerivedDistanceOutOfRange() {
    ImmutableEpisode known = placedAt(RuleTester.PLACEMENT_POSTCODE);
    Child c = child(YEAR).episodes(List.of(placedAt("ZZ9 9ZZ"), known)).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(YEAR, 1000.0, Map.of()))).containsExactly(known);
  }

  @Test
  void silentOnDistancesInRangeUnknownPostcodesRespiteUascAndBlanks() {
    var context = RuleTester.withPostcodes(YEAR);
    assertThat(flagged(rule, child(YEAR).build(), context)).isEmpty();
    // No distance can be derived for an unknown postcode: nothing to check (392a reports it).
    assertThat(flagged(rule, child(YEAR).episodes(List.of(placedAt("ZZ9 9ZZ"))).build(), context)).isEmpty();
    var edge = RuleTester.withPostcodes(YEAR, 999.9, Map.of());
    assertThat(flagged(rule, child(YEAR).build(), edge)).isEmpty();
    ImmutableEpisode unknown = placedAt("ZZ9 9ZZ");
    assertThat(flagged(rule, child(YEAR).episodes(List.of(unknown.withLegalStatus(LegalStatus.V3))).build(), context)).isEmpty();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(unknown)).uascFlag(UascFlag.YES).build(), context)).isEmpty();
    Child formerlyUasc = child(YEAR).uascFlag(UascFlag.YES).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(unknown)).build(), context.withPrevious(Optional.of(formerlyUasc)))).isEmpty();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(unknown.withHomePostcode(Optional.empty()))).build(), context)).isEmpty();
  }
}
