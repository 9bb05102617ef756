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

class Rule392bTest {
  private static final CollectionYear Y = CollectionYear.Y2023_24;
  private final Rule392b rule = new Rule392b();

  @Test
  void firesWhenEitherPostcodeIsBlank() {
    Episode noHome = episode(Y).homePostcode(Optional.empty()).build();
    Episode noPlacement = episode(Y).placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    Episode fine = episode(Y).build();
    Child c = child(Y).episodes(List.of(noHome, fine, noPlacement)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(noHome, noPlacement);
  }

  @Test
  void silentForValidDataRespiteUascAndUnparsedText() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode respite = episode(Y).legalStatus(LegalStatus.V4).homePostcode(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(respite)).build(), Y)).isEmpty();
    Episode noHome = episode(Y).homePostcode(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(noHome)).addUasc(Uasc.builder().build()).build(), Y)).isEmpty();
    Episode garbled = episode(Y).homePostcode(Optional.empty()).unparsed(Map.of("HOME_POST", "???")).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(garbled)).build(), Y)).isEmpty();
  }
}
