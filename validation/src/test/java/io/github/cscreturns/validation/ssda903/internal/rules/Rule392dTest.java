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

class Rule392dTest {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final Rule392d rule = new Rule392d();

  @Test
  void firesWhenHomeAndPlacementPostcodesMatchOutsideP1() {
    Episode same = episode(Y).homePostcode(Postcode.of("bn1 1aa")).build();
    Child c = child(Y).episodes(List.of(episode(Y).build(), same)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(same);
  }

  @Test
  void silentForP1DifferentOrMissingPostcodes() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode atHome = episode(Y).homePostcode(Postcode.of("BN1 1AA"))
        .placement(Placement.builder().type(PlacementType.P1).provider(PlacementProvider.PR0).postcode(Postcode.of("BN1 1AA")).build())
        .build();
    Episode noHome = episode(Y).homePostcode(Optional.empty())
        .placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(atHome, noHome)).build(), Y)).isEmpty();
  }
}
