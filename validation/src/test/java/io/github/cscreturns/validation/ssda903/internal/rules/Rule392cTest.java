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

class Rule392cTest {
  private static final CollectionYear Y = CollectionYear.Y2022_23;
  private final Rule392c rule = new Rule392c();

  @Test
  void firesOnMalformedPostcodes() {
    Episode badHome = episode(Y).homePostcode(Postcode.of("invalid")).build();
    Episode badPlacement = episode(Y).unparsed(Map.of("PL_POST", "12345"))
        .placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).build()).build();
    Episode fine = episode(Y).build();
    Child c = child(Y).episodes(List.of(fine, badHome, badPlacement)).build();
    assertThat(flagged(rule, c, Y)).containsExactly(badHome, badPlacement);
  }

  @Test
  void silentOnFullPartialAndBlankPostcodes() {
    assertThat(flagged(rule, child(Y).build(), Y)).isEmpty();
    Episode partial = episode(Y).homePostcode(Postcode.of("bn2 9")).build();
    Episode unspaced = episode(Y).homePostcode(Postcode.of("BN29ZZ")).build();
    Episode blank = episode(Y).homePostcode(Optional.empty()).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(partial, unspaced, blank)).build(), Y)).isEmpty();
  }

  @Test
  void firesWithADirectoryOnPostcodesItDoesNotHold() {
    RuleContext context = RuleTester.withPostcodes(Y);
    Episode unknown = episode(Y).homePostcode(Postcode.of("XX1 1XX")).build();
    Episode partial = episode(Y).placement(Placement.builder().type(PlacementType.U4).provider(PlacementProvider.PR1).postcode(Postcode.of("BN1 1")).build()).build();
    Child c = child(Y).episodes(List.of(unknown, partial)).build();
    assertThat(flagged(rule, c, context)).containsExactly(unknown, partial);
  }

  @Test
  void silentWithADirectoryOnPostcodesItHoldsWrittenAnyWay() {
    RuleContext context = RuleTester.withPostcodes(Y);
    Episode unspaced = episode(Y).homePostcode(Postcode.of(RuleTester.HOME_POSTCODE.replace(" ", "").toLowerCase())).build();
    assertThat(flagged(rule, child(Y).episodes(List.of(episode(Y).build(), unspaced)).build(), context)).isEmpty();
  }
}
