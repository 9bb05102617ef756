package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class Rule230Test {
  private final Rule230 rule = new Rule230();
  private static final CollectionYear YEAR = CollectionYear.Y2023_24;

  private static ImmutableEpisode h5(Optional<Urn> urn) {
    return episode(YEAR).placement(RuleTester.placement(YEAR).type(PlacementType.H5).urn(urn).build()).build();
  }

  @Test
  void firesOnEnglishH5WithoutUrnAfterTheReforms() {
    ImmutableEpisode open = h5(Optional.empty());
    ImmutableEpisode placeholder = h5(Optional.of(Urn.of("XXXXXXX")));
    ImmutableEpisode ceasedLate = h5(Optional.empty()).withEnd(LocalDate.of(2023, 10, 29)).withReasonCeased(ReasonEpisodeCeased.E8);
    assertThat(flagged(rule, child(YEAR).episodes(List.of(open, placeholder, ceasedLate)).build(), YEAR))
        .containsExactly(open, placeholder, ceasedLate);
  }

  @Test
  void silentWithUrnBeforeTheReformsOrOutsideEngland() {
    assertThat(flagged(rule, child(YEAR).build(), YEAR)).isEmpty();
    ImmutableEpisode withUrn = h5(Optional.of(Urn.of("SC999999")));
    ImmutableEpisode ceasedEarly = h5(Optional.empty()).withEnd(LocalDate.of(2023, 10, 28)).withReasonCeased(ReasonEpisodeCeased.E8);
    ImmutableEpisode scotland = h5(Optional.empty()).withPlacement(RuleTester.placement(YEAR).type(PlacementType.H5)
        .urn(Optional.empty()).postcode(Postcode.of("EH1 1AA")).build());
    var directory = RuleTester.withPostcodes(YEAR, 1.0, Map.of("EH1 1AA", "SCO"));
    assertThat(flagged(rule, child(YEAR).episodes(List.of(withUrn, ceasedEarly, scotland)).build(), directory)).isEmpty();
  }
}
