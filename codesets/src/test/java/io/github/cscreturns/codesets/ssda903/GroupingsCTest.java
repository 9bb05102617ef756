package io.github.cscreturns.codesets.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The DfE code groupings used by the episode rules 392a–1015 (group C). */
class GroupingsCTest {

  private static <E extends Enum<E>> Set<E> matching(Class<E> type, Predicate<E> p) {
    return Arrays.stream(type.getEnumConstants()).filter(p).collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
  }

  @Test
  void placementTypeGroupings() {
    assertThat(matching(PlacementType.class, PlacementType::isTemporary))
        .containsExactlyInAnyOrder(PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4);
    assertThat(matching(PlacementType.class, PlacementType::isOtherPlacement))
        .containsExactlyInAnyOrder(PlacementType.Z1, PlacementType.Z11, PlacementType.Z12, PlacementType.Z13, PlacementType.Z14);
    assertThat(matching(PlacementType.class, PlacementType::isFoster))
        .containsExactlyInAnyOrder(PlacementType.U1, PlacementType.U2, PlacementType.U3, PlacementType.U4, PlacementType.U5, PlacementType.U6);
    assertThat(matching(PlacementType.class, PlacementType::isPlacedForAdoption))
        .containsExactlyInAnyOrder(PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6);
    assertThat(matching(PlacementType.class, PlacementType::isPlacedForAdoptionWithConsent))
        .containsExactlyInAnyOrder(PlacementType.A3, PlacementType.A4);
    assertThat(matching(PlacementType.class, PlacementType::isPlacedForAdoptionWithPlacementOrder))
        .containsExactlyInAnyOrder(PlacementType.A5, PlacementType.A6);
    assertThat(matching(PlacementType.class, PlacementType::isChildrensHome))
        .containsExactlyInAnyOrder(PlacementType.K1, PlacementType.K2);
  }

  @Test
  void placementContinuesAcrossTheYearBoundaryOnlyUnderTheSameOrARedesignatedCode() {
    for (CollectionYear y : CollectionYear.values()) {
      assertThat(PlacementType.U4.mayContinueAs(PlacementType.U4, y)).isTrue();
      assertThat(PlacementType.U4.mayContinueAs(PlacementType.U5, y)).isFalse();
      assertThat(PlacementType.K3.mayContinueAs(PlacementType.H5, y)).isFalse();
    }
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, CollectionYear.Y2023_24)).isFalse();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, CollectionYear.Y2024_25)).isTrue();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, CollectionYear.Y2025_26)).isTrue();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, CollectionYear.Y2026_27)).isFalse();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.Z13, CollectionYear.Y2025_26)).isTrue();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.Z13, CollectionYear.Y2024_25)).isFalse();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.R1, CollectionYear.Y2025_26)).isFalse();
  }

  @Test
  void ownProvisionOutsideTheLaIsExpectedForFosteringAdoptionAndFrom2025SupportedAccommodation() {
    assertThat(PlacementType.U1.mayBeOwnProvisionOutsideLa(CollectionYear.Y2022_23)).isTrue();
    assertThat(PlacementType.A6.mayBeOwnProvisionOutsideLa(CollectionYear.Y2022_23)).isTrue();
    assertThat(PlacementType.K2.mayBeOwnProvisionOutsideLa(CollectionYear.Y2022_23)).isFalse();
    assertThat(PlacementType.K3.mayBeOwnProvisionOutsideLa(CollectionYear.Y2024_25)).isFalse();
    assertThat(PlacementType.K3.mayBeOwnProvisionOutsideLa(CollectionYear.Y2025_26)).isTrue();
  }

  @Test
  void providerPairingsFollowTheDfeTable() {
    assertThat(matching(PlacementType.class, PlacementProvider.PR0::mayProvide)).containsExactly(PlacementType.P1);
    for (PlacementProvider p : EnumSet.of(PlacementProvider.PR1, PlacementProvider.PR2)) {
      assertThat(matching(PlacementType.class, t -> !p.mayProvide(t)))
          .containsExactlyInAnyOrder(PlacementType.P1, PlacementType.R2, PlacementType.R5);
    }
    assertThat(matching(PlacementType.class, t -> !PlacementProvider.PR3.mayProvide(t)))
        .containsExactlyInAnyOrder(
            PlacementType.P1, PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6,
            PlacementType.K1, PlacementType.K2,
            PlacementType.U1, PlacementType.U2, PlacementType.U3, PlacementType.U4, PlacementType.U5, PlacementType.U6);
    for (PlacementProvider p : EnumSet.of(PlacementProvider.PR4, PlacementProvider.PR5)) {
      assertThat(matching(PlacementType.class, t -> !p.mayProvide(t))).containsExactly(PlacementType.P1);
    }
  }

  @Test
  void legalStatusRespite() {
    assertThat(matching(LegalStatus.class, LegalStatus::isRespite)).containsExactlyInAnyOrder(LegalStatus.V3, LegalStatus.V4);
  }

  @Test
  void reasonNewEpisodeGroupings() {
    assertThat(matching(ReasonNewEpisode.class, ReasonNewEpisode::changesLegalStatus))
        .containsExactlyInAnyOrder(ReasonNewEpisode.L, ReasonNewEpisode.B, ReasonNewEpisode.U);
    assertThat(matching(ReasonNewEpisode.class, ReasonNewEpisode::changesPlacement))
        .containsExactlyInAnyOrder(ReasonNewEpisode.P, ReasonNewEpisode.T, ReasonNewEpisode.B, ReasonNewEpisode.U);
    assertThat(matching(ReasonNewEpisode.class, r -> !r.continuesPeriodOfCare())).containsExactly(ReasonNewEpisode.S);
  }

  @Test
  void reasonEpisodeCeasedGroupings() {
    assertThat(matching(ReasonEpisodeCeased.class, r -> !r.endsPeriodOfCare())).containsExactly(ReasonEpisodeCeased.X1);
    assertThat(matching(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isSpecialGuardianship))
        .containsExactlyInAnyOrder(
            ReasonEpisodeCeased.E43, ReasonEpisodeCeased.E44,
            ReasonEpisodeCeased.E45, ReasonEpisodeCeased.E46, ReasonEpisodeCeased.E47, ReasonEpisodeCeased.E48);
    assertThat(matching(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isSpecialGuardianshipToFormerFosterCarers))
        .containsExactlyInAnyOrder(ReasonEpisodeCeased.E43, ReasonEpisodeCeased.E45, ReasonEpisodeCeased.E46);
    assertThat(matching(ReasonEpisodeCeased.class, ReasonEpisodeCeased::precludesFurtherEpisodes))
        .containsExactlyInAnyOrder(ReasonEpisodeCeased.E2, ReasonEpisodeCeased.E15);
  }

  @Test
  void female() {
    assertThat(matching(Sex.class, Sex::isFemale)).containsExactlyInAnyOrder(Sex.GENDER_FEMALE, Sex.F);
  }
}
