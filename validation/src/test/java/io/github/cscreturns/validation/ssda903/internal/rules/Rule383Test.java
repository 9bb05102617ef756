package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.flagged;
import static io.github.cscreturns.validation.ssda903.EpisodeChains.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class Rule383Test {
  private final Rule383 rule = new Rule383();

  private static Episode normal(CollectionYear year, String postcode) {
    return ceased(year, LocalDate.of(year.startYear(), 6, 1), LocalDate.of(year.startYear(), 7, 1), ReasonNewEpisode.S,
        PlacementType.U4).placement(placement(PlacementType.U4, postcode)).build();
  }

  private static Episode hospital(CollectionYear year) {
    return ceased(year, LocalDate.of(year.startYear(), 7, 1), LocalDate.of(year.startYear(), 7, 5), ReasonNewEpisode.P,
        PlacementType.T1).build();
  }

  private static Episode afterwards(CollectionYear year, ReasonNewEpisode rne, PlacementType type, String postcode) {
    return episode(year, LocalDate.of(year.startYear(), 7, 5), rne, type).placement(placement(type, postcode)).build();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2025_26"})
  void firesOnTheEpisodeAfterATemporaryPlacementThatIsNotAReturn(CollectionYear year) {
    Episode elsewhere = afterwards(year, ReasonNewEpisode.P, PlacementType.U6, "BN1 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), hospital(year), elsewhere), year))
        .containsExactly(elsewhere);
    Episode wrongReason = afterwards(year, ReasonNewEpisode.T, PlacementType.U4, "BN1 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), hospital(year), wrongReason), year))
        .containsExactly(wrongReason);
  }

  @Test
  void firesFrom2025_26WhenTheReturnIsToAnotherPostcode() {
    CollectionYear year = CollectionYear.Y2025_26;
    Episode moved = afterwards(year, ReasonNewEpisode.P, PlacementType.U4, "BN3 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), hospital(year), moved), year))
        .containsExactly(moved);
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2024_25", "Y2025_26"})
  void silentOnAReturnToTheNormalPlacement(CollectionYear year) {
    assertThat(RuleTester.flaggedByTheYearsRule("383", child(year).build(), year)).isEmpty();
    Episode back = afterwards(year, ReasonNewEpisode.P, PlacementType.U4, "bn11aa");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), hospital(year), back), year)).isEmpty();
    // nothing before the temporary placement: no normal placement to compare with
    Episode other = afterwards(year, ReasonNewEpisode.P, PlacementType.U6, "BN1 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, hospital(year), other), year)).isEmpty();
  }

  @Test
  void silentBefore2025_26OnAReturnToAnotherPostcode() {
    CollectionYear year = CollectionYear.Y2024_25;
    Episode moved = afterwards(year, ReasonNewEpisode.P, PlacementType.U4, "BN3 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), hospital(year), moved), year)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(value = CollectionYear.class, names = {"Y2022_23", "Y2025_26"})
  void readsADecomWrittenOtherwiseAsTheReferenceDoesDayFirst(CollectionYear year) {
    // the temporary placement's DECOM written 05-07-yyyy, " 05/07/yyyy" or month first: still between
    // the normal placement and the episode after it
    int y = year.startYear();
    for (String written : new String[] {"05-07-" + y, " 05/07/" + y, "07/31/" + y}) {
      Episode temporary = ImmutableEpisode.copyOf(hospital(year)).withStart(Optional.empty()).withUnparsed(Map.of("DECOM", written));
      Episode after = episode(year, LocalDate.of(y, 8, 2), ReasonNewEpisode.P, PlacementType.U6).build();
      assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), temporary, after), year))
          .as(written).containsExactly(after);
    }
    // text that is no date even so: after the dated episodes
    Episode undated = ImmutableEpisode.copyOf(hospital(year)).withStart(Optional.empty()).withUnparsed(Map.of("DECOM", "zz/zz/" + y));
    Episode returned = afterwards(year, ReasonNewEpisode.P, PlacementType.U4, "BN1 1AA");
    assertThat(RuleTester.flaggedByTheYearsRule("383", childWith(year, normal(year, "BN1 1AA"), returned, undated), year))
        .isEmpty();
    assertThat(LooseDates.parse("03/31/2022", 2022)).contains(LocalDate.of(2022, 3, 31));
    assertThat(LooseDates.parse("12/03/24", 2025)).contains(LocalDate.of(2024, 3, 12));
    assertThat(LooseDates.parse("2024-03-12", 2025)).contains(LocalDate.of(2024, 3, 12));
    assertThat(LooseDates.parse("31/02/2024", 2025)).isEmpty();
  }
}
