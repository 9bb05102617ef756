package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.validation.ssda903.RuleTester;
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

class Rule420Test {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule420 rule = new Rule420();

  @Test
  void firesOnRespiteEpisodesWithAKnownPlacementLa() {
    Episode v4 = episode(Y).legalStatus(LegalStatus.V4).build();
    Child c = child(Y).episodes(List.of(episode(Y).build(), v4)).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(Y))).containsExactly(v4);
  }

  @Test
  void silentWithoutRespiteOrWithoutAKnownPlacementPostcode() {
    assertThat(flagged(rule, child(Y).build(), RuleTester.withPostcodes(Y))).isEmpty();
    Episode unknown = episode(Y).legalStatus(LegalStatus.V3)
        .placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).postcode(Postcode.of("ZZ1 1ZZ")).build())
        .build();
    assertThat(flagged(rule, child(Y).episodes(List.of(unknown)).build(), RuleTester.withPostcodes(Y))).isEmpty();
  }
}
