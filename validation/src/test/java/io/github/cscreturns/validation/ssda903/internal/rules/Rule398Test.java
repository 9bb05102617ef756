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

class Rule398Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule398 rule = new Rule398();

  @Test
  void firesOnRespiteEpisodesWithPostcodes() {
    Episode v3 = episode(Y).legalStatus(LegalStatus.V3).build();
    Episode v4HomeOnly = episode(Y).legalStatus(LegalStatus.V4)
        .placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    Child c = child(Y).episodes(List.of(v3, episode(Y).build(), v4HomeOnly)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(v3, v4HomeOnly);
  }

  @Test
  void silentOnRespiteWithoutPostcodesAndOtherLegalStatuses() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode v3 = episode(Y).legalStatus(LegalStatus.V3).homePostcode(Optional.empty())
        .placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(v3)).build(), Y)).isEmpty();
  }
}
