package io.github.cscreturns.codesets.ssda903;

import static io.github.cscreturns.codesets.CollectionYear.Y2013_14;
import static io.github.cscreturns.codesets.CollectionYear.Y2014_15;
import static io.github.cscreturns.codesets.CollectionYear.Y2015_16;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2024_25;
import static io.github.cscreturns.codesets.CollectionYear.Y2025_26;
import static io.github.cscreturns.codesets.CollectionYear.Y2026_27;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.Migration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CodesetTest {

  @Test
  void fosterPlacementsSplitIn2014_15() {
    assertThat(PlacementType.CODESET.validCodes(Y2013_14))
        .contains(PlacementType.Q1, PlacementType.Q2, PlacementType.M1)
        .doesNotContain(PlacementType.U1, PlacementType.U6);
    assertThat(PlacementType.CODESET.validCodes(Y2014_15))
        .contains(PlacementType.U1, PlacementType.U2, PlacementType.U3, PlacementType.U4, PlacementType.U5, PlacementType.U6)
        .doesNotContain(PlacementType.Q1, PlacementType.Q2, PlacementType.M1, PlacementType.M2, PlacementType.M3);
  }

  @Test
  void otherPlacementsSubdividedIn2025_26() {
    assertThat(PlacementType.CODESET.validCodes(Y2025_26))
        .contains(PlacementType.Z11, PlacementType.Z14)
        .doesNotContain(PlacementType.Z1, PlacementType.P2, PlacementType.H5);
    assertThat(PlacementType.CODESET.validCodes(Y2024_25)).contains(PlacementType.Z1, PlacementType.K3);
  }

  @Test
  void sameCarerReasonsArriveIn2015_16() {
    assertThat(ReasonNewEpisode.CODESET.validCodes(Y2015_16)).contains(ReasonNewEpisode.T, ReasonNewEpisode.U);
    assertThat(ReasonNewEpisode.CODESET.validCodes(Y2014_15))
        .doesNotContain(ReasonNewEpisode.T, ReasonNewEpisode.U);
  }

  @Test
  void sexCodesChangeIn2024_25() {
    assertThat(Sex.CODESET.validCodes(Y2024_25)).containsExactly(Sex.M, Sex.F, Sex.U);
    assertThat(Sex.CODESET.validCodes(Y2023_24)).containsExactly(Sex.GENDER_MALE, Sex.GENDER_FEMALE);
  }

  @Test
  void parseTrimsButIsCaseSensitive() {
    assertThat(SocialWorkerChangeReason.parse("PCCHAN ")).contains(SocialWorkerChangeReason.PCCHAN);
    assertThat(PlacementType.parse("k3")).isEmpty();
    assertThat(PlacementType.parse("XX")).isEmpty();
    assertThat(PlacementType.CODESET.isValid("U1", Y2013_14)).isFalse();
    assertThat(PlacementType.CODESET.isValid("U1", Y2014_15)).isTrue();
    assertThat(PlacementType.CODESET.isValid("nonsense", Y2014_15)).isFalse();
  }

  @Test
  void p2IsNotValidForPlacementsFromTheSupportedAccommodationReform() {
    LocalDate before = LocalDate.of(2023, 10, 27);
    LocalDate on = LocalDate.of(2023, 10, 28);
    assertThat(PlacementType.P2.isValidOn(Y2023_24, before)).isTrue();
    assertThat(PlacementType.P2.isValidOn(Y2023_24, on)).isFalse();
    assertThat(PlacementType.CODESET.isValidOn("P2", Y2023_24, on)).isFalse();
    assertThat(PlacementType.U1.isValidOn(Y2023_24, on)).isTrue();
  }

  @Test
  void oneToOneCrosswalksAreApplied() {
    Migration<Sex> m = Sex.CODESET.migrate(Sex.GENDER_MALE, Y2023_24, Y2024_25);
    assertThat(m).isInstanceOf(Migration.Replaced.class);
    assertThat(((Migration.Replaced<Sex>) m).to()).isEqualTo(Sex.M);
    assertThat(Sex.CODESET.migrate(Sex.GENDER_FEMALE, Y2013_14, Y2026_27))
        .isEqualTo(new Migration.Replaced<>(Sex.GENDER_FEMALE, Sex.F, Sex.CODESET.crosswalksFrom(Sex.GENDER_FEMALE).get(0)));
    assertThat(Sex.CODESET.migrate(Sex.GENDER_MALE, Y2013_14, Y2023_24))
        .isEqualTo(new Migration.Unchanged<>(Sex.GENDER_MALE));
  }

  @Test
  void splitsNeedADecision() {
    Migration<PlacementType> q1 = PlacementType.CODESET.migrate(PlacementType.Q1, Y2013_14, Y2014_15);
    assertThat(q1).isInstanceOf(Migration.NeedsDecision.class);
    assertThat(((Migration.NeedsDecision<PlacementType>) q1).candidates())
        .containsExactly(PlacementType.U1, PlacementType.U2, PlacementType.U3);
    Migration<ReasonEpisodeCeased> e4 = ReasonEpisodeCeased.CODESET.migrate(ReasonEpisodeCeased.E4, Y2013_14, Y2015_16);
    assertThat(((Migration.NeedsDecision<ReasonEpisodeCeased>) e4).candidates())
        .containsExactly(ReasonEpisodeCeased.E4A, ReasonEpisodeCeased.E4B);
    Migration<ReasonNewEpisode> p = ReasonNewEpisode.CODESET.migrate(ReasonNewEpisode.P, Y2014_15, Y2015_16);
    assertThat(((Migration.NeedsDecision<ReasonNewEpisode>) p).candidates())
        .containsExactly(ReasonNewEpisode.P, ReasonNewEpisode.T);
    // Within the same era nothing changes.
    assertThat(ReasonNewEpisode.CODESET.migrate(ReasonNewEpisode.P, Y2015_16, Y2026_27))
        .isEqualTo(new Migration.Unchanged<>(ReasonNewEpisode.P));
  }

  @Test
  void withdrawnCodesHaveNoSuccessor() {
    Migration<PlacementType> m1 = PlacementType.CODESET.migrate(PlacementType.M1, Y2013_14, Y2014_15);
    assertThat(m1).isEqualTo(new Migration.Withdrawn<>(PlacementType.M1, Y2013_14));
    assertThat(PlacementType.CODESET.crosswalksFrom(PlacementType.M2))
        .singleElement()
        .extracting(Crosswalk::kind)
        .isEqualTo(Crosswalk.Kind.WITHDRAWN);
    // P2 ends in 2024-25 without a crosswalk in the sources.
    assertThat(PlacementType.CODESET.migrate(PlacementType.P2, Y2024_25, Y2025_26))
        .isEqualTo(new Migration.Withdrawn<>(PlacementType.P2, Y2024_25));
    assertThatThrownBy(() -> PlacementType.CODESET.migrate(PlacementType.U1, Y2025_26, Y2014_15))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void everyCrosswalkLeadsFromACodeThatEndsToCodesThatStart() {
    for (Codeset<?> codeset : Ssda903Codesets.all()) {
      for (Crosswalk<?> walk : codeset.crosswalks()) {
        CollectionYear effective = walk.effective();
        assertThat(walk.from().isValidIn(effective.previous().orElseThrow())).as(walk.toString()).isTrue();
        for (var to : walk.to()) {
          assertThat(to.isValidIn(effective)).as(walk.toString()).isTrue();
        }
        if (!walk.to().contains(walk.from())) {
          assertThat(walk.from().isValidIn(effective)).as(walk.toString()).isFalse();
        }
      }
    }
  }

  @Test
  void codesetsAreFoundByName() {
    assertThat(Ssda903Codesets.byName("place")).contains(PlacementType.CODESET);
    assertThat(Ssda903Codesets.byName("SW_REASON")).contains(SocialWorkerChangeReason.CODESET);
    assertThat(Ssda903Codesets.byName("NOPE")).isEmpty();
    assertThat(Ssda903Codesets.names()).startsWith("PLACE, REC, RNE");
  }

  // Every code rather than a sample: the codesets are small enough to check exhaustively.
  @ParameterizedTest
  @EnumSource(PlacementType.class)
  void everyPlacementTypeParsesToItself(PlacementType place) {
    assertThat(PlacementType.parse(place.code())).contains(place);
  }

  @ParameterizedTest
  @EnumSource(ReasonEpisodeCeased.class)
  void everyReasonEpisodeCeasedParsesToItself(ReasonEpisodeCeased rec) {
    assertThat(ReasonEpisodeCeased.parse(rec.code())).contains(rec);
  }

  @ParameterizedTest
  @EnumSource(CareLeaverAccommodation.class)
  void everyCareLeaverAccommodationParsesToItself(CareLeaverAccommodation accom) {
    assertThat(CareLeaverAccommodation.parse(accom.code())).contains(accom);
  }

  @Test
  void everyCodeOfEveryCodesetParsesToItself() {
    for (Codeset<?> codeset : Ssda903Codesets.all()) {
      parsesEachCodeToItself(codeset);
    }
  }

  private static <C extends Enum<C> & Code> void parsesEachCodeToItself(Codeset<C> codeset) {
    for (C code : codeset.codes()) {
      assertThat(codeset.parse(code.code())).as("%s", code).contains(code);
    }
  }

  @ParameterizedTest
  @EnumSource(CollectionYear.class)
  void validCodesAreExactlyThoseValidInTheYear(CollectionYear year) {
    for (Codeset<?> codeset : Ssda903Codesets.all()) {
      for (var code : codeset.codes()) {
        assertThat(codeset.validCodes(year).contains(code)).isEqualTo(code.isValidIn(year));
      }
    }
  }
}
