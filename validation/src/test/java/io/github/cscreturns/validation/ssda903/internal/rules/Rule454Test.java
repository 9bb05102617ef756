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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import org.junit.jupiter.api.Test;

class Rule454Test {
  private static final CollectionYear Y = CollectionYear.Y2025_26;
  private final Rule454 rule = new Rule454();

  @Test
  void firesOverThreeHundredAndFiftyMiles() {
    Child c = child(Y).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(Y, 350.1, Map.of()))).containsExactly(c.episodes().get(0));
    assertThat(flagged(rule, c, RuleTester.withPostcodes(Y, 998.0, Map.of()))).containsExactly(c.episodes().get(0));
  }

  @Test
  void silentAtOrBelowTheLimitAndOnTheNotGivenMarker() {
    Child c = child(Y).build();
    assertThat(flagged(rule, c, RuleTester.withPostcodes(Y, 350.0, Map.of()))).isEmpty();
    assertThat(flagged(rule, c, markerDirectory())).isEmpty();
    Child noHome = child(Y).episodes(List.of(episode(Y).homePostcode(Optional.empty()).build())).build();
    assertThat(flagged(rule, noHome, RuleTester.withPostcodes(Y, 500.0, Map.of()))).isEmpty();
  }

  /**
   * A directory giving the DfE's 999.9 marker as the distance (great-circle distances from coordinates
   * never come out as exactly 999.9; a directory serving the DfE's own PL_DISTANCE values can).
   */
  private static RuleContext markerDirectory() {
    ReferenceData.PostcodeDirectory known = RuleTester.postcodes(3.0, Map.of()).postcodes().orElseThrow();
    ReferenceData.PostcodeDirectory marker = new ReferenceData.PostcodeDirectory() {
      @Override
      public Optional<LaCode> localAuthority(Postcode postcode) {
        return known.localAuthority(postcode);
      }

      @Override
      public OptionalDouble distanceMiles(Postcode from, Postcode to) {
        return OptionalDouble.of(999.9);
      }
    };
    return RuleContext.of(Y).withReferenceData(ReferenceData.of(Optional.of(marker), Optional.empty()));
  }
}
