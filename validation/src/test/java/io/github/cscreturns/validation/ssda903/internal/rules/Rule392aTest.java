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

class Rule392aTest {
  private static final CollectionYear Y = CollectionYear.Y2024_25;
  private final Rule392a rule = new Rule392a();

  @Test
  void declaresThePostcodeDirectory() {
    assertThat(rule.requirements()).containsExactly(io.github.cscreturns.validation.ssda903.Requirement.POSTCODE_DIRECTORY);
  }

  @Test
  void firesOnEpisodesWithoutADerivableDistance() {
    Episode noHome = episode(Y).homePostcode(Optional.empty()).build();
    Episode unknown = episode(Y).homePostcode(Postcode.of("ZZ9 9ZZ")).build();
    Episode fine = episode(Y).build();
    Child c = child(Y).episodes(List.of(noHome, unknown, fine)).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(Y))).containsExactly(noHome, unknown);
  }

  @Test
  void silentForValidDataRespiteAndUasc() {
    assertThat(flagged(rule, child(Y).build(), RuleTester.withPostcodes(Y))).isEmpty();
    Episode respite = episode(Y).legalStatus(LegalStatus.V3).homePostcode(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(respite)).build(), RuleTester.withPostcodes(Y))).isEmpty();
    Episode noHome = episode(Y).homePostcode(Optional.empty()).build();
    Child uasc = child(Y).episodes(List.of(noHome)).uascFlag(UascFlag.YES).build();
    assertThat(flagged(rule, uasc, RuleTester.withPostcodes(Y))).isEmpty();
    Child formerly = child(Y).episodes(List.of(noHome)).build();
    Child lastYear = child(Y).addUasc(Uasc.builder().build()).build();
    assertThat(flagged(rule, formerly, RuleTester.withPostcodes(Y).withPrevious(Optional.of(lastYear)))).isEmpty();
  }
}
