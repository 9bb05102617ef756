package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.Uasc;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule454Test {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final Rule454 rule = new Rule454();

  @Test
  void firesOverThreeHundredAndFiftyMiles() {
    Child c = child(Y).build();
    assertThat(flagged(rule, c, RuleTesterC.context(Y, 350.1, Map.of()))).containsExactly(c.episodes().get(0));
    assertThat(flagged(rule, c, RuleTesterC.context(Y, 998.0, Map.of()))).containsExactly(c.episodes().get(0));
  }

  @Test
  void silentAtOrBelowTheLimitAndOnTheNotGivenMarker() {
    Child c = child(Y).build();
    assertThat(flagged(rule, c, RuleTesterC.context(Y, 350.0, Map.of()))).isEmpty();
    assertThat(flagged(rule, c, RuleTesterC.context(Y, 999.9, Map.of()))).isEmpty();
    Child noHome = child(Y).episodes(List.of(episode(Y).homePostcode(Optional.empty()).build())).build();
    assertThat(flagged(rule, noHome, RuleTesterC.context(Y, 500.0, Map.of()))).isEmpty();
  }
}
