package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule179Test {
  private final Rule179 rule = new Rule179();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  @Test
  void firesOnABlankOrUnknownPlacementPostcode() {
    Episode unknown = episode(YEAR).placement(RuleTester.placement(YEAR).postcode(Postcode.of("ZZ9 9ZZ")).build()).build();
    Episode blank = episode(YEAR).placement(RuleTester.placement(YEAR).postcode(Optional.empty()).build()).build();
    Episode known = episode(YEAR).build();
    Child c = child(YEAR).episodes(List.of(unknown, known, blank)).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(YEAR))).containsExactly(unknown, blank);
  }

  @Test
  void silentOnAKnownPostcodeOrRespite() {
    assertThat(flagged(rule, child(YEAR).build(), RuleTester.withPostcodes(YEAR))).isEmpty();
    Episode respite = episode(YEAR).legalStatus(LegalStatus.V4).placement(RuleTester.placement(YEAR).postcode(Optional.empty()).build()).build();
    assertThat(flagged(rule, child(YEAR).episodes(List.of(respite)).build(), RuleTester.withPostcodes(YEAR))).isEmpty();
  }
}
