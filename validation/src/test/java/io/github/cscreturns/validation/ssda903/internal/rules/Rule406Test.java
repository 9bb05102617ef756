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

class Rule406Test {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule406 rule = new Rule406();

  @Test
  void firesOnUascChildrenWithADistance() {
    Episode withDistance = episode(Y).build();
    Episode noHome = episode(Y).homePostcode(Optional.empty()).build();
    Child uasc = child(Y).uascFlag(UascFlag.YES).episodes(List.of(withDistance, noHome)).build();
    assertThat(flagged(rule, uasc, RuleTester.withPostcodes(Y))).containsExactly(withDistance);
    Child formerly = child(Y).build();
    Child lastYear = child(Y).uascFlag(UascFlag.YES).build();
    assertThat(flagged(rule, formerly, RuleTester.withPostcodes(Y).withPrevious(Optional.of(lastYear))))
        .containsExactly(formerly.episodes().get(0));
  }

  @Test
  void silentForNonUascChildren() {
    assertThat(flagged(rule, child(Y).build(), RuleTester.withPostcodes(Y))).isEmpty();
    assertThat(flagged(rule, child(Y).uascFlag(UascFlag.NO).build(), RuleTester.withPostcodes(Y))).isEmpty();
    Child uascNoDistance = child(Y).uascFlag(UascFlag.YES).episodes(List.of(episode(Y).homePostcode(Optional.empty()).build())).build();
    assertThat(flagged(rule, uascNoDistance, RuleTester.withPostcodes(Y))).isEmpty();
  }
}
