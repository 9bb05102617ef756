package io.github.cscreturns.codesets.ssda903;

import static io.github.cscreturns.codesets.CollectionYear.Y2022_23;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2024_25;
import static io.github.cscreturns.codesets.CollectionYear.Y2025_26;
import static io.github.cscreturns.codesets.CollectionYear.Y2026_27;
import static io.github.cscreturns.codesets.ssda903.CodeGroupings.codes;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the placement type codes mean, as the DfE groups them. */
class PlacementTypeTest {
  @Test
  void temporaryOtherAndFosterPlacements() {
    assertThat(codes(PlacementType.class, PlacementType::isTemporary)).containsExactly("T0", "T1", "T2", "T3", "T4");
    assertThat(codes(PlacementType.class, PlacementType::isOtherPlacement)).containsExactly("Z1", "Z11", "Z12", "Z13", "Z14");
    assertThat(codes(PlacementType.class, PlacementType::isFoster)).containsExactlyInAnyOrder("U1", "U2", "U3", "U4", "U5", "U6");
    assertThat(codes(PlacementType.class, PlacementType::isLongTermFoster)).containsExactly("U1", "U4");
    assertThat(codes(PlacementType.class, PlacementType::isChildrensHome)).containsExactlyInAnyOrder("K1", "K2");
  }

  @Test
  void placedForAdoption() {
    assertThat(codes(PlacementType.class, PlacementType::isPlacedForAdoption)).containsExactly("A3", "A4", "A5", "A6");
    assertThat(codes(PlacementType.class, PlacementType::isPlacedForAdoptionWithCurrentFosterCarers)).containsExactly("A3", "A5");
    assertThat(codes(PlacementType.class, PlacementType::isPlacedForAdoptionWithConsent)).containsExactlyInAnyOrder("A3", "A4");
    assertThat(codes(PlacementType.class, PlacementType::isPlacedForAdoptionWithPlacementOrder)).containsExactlyInAnyOrder("A5", "A6");
  }

  @Test
  void supportedAccommodationIsH5UntilTheReformsThenK3() {
    assertThat(codes(PlacementType.class, p -> p.isSupportedAccommodation(Y2022_23))).containsExactly("H5");
    assertThat(codes(PlacementType.class, p -> p.isSupportedAccommodation(Y2023_24))).containsExactly("H5");
    assertThat(codes(PlacementType.class, p -> p.isSupportedAccommodation(Y2024_25))).containsExactly("K3");
    assertThat(codes(PlacementType.class, p -> p.isSupportedAccommodation(Y2026_27))).containsExactly("K3");
  }

  @Test
  void placementsWithoutProviderDropT4In2025_26() {
    for (CollectionYear year : List.of(Y2022_23, Y2023_24, Y2024_25)) {
      assertThat(codes(PlacementType.class, p -> p.takesNoProvider(year) && p.isValidIn(year)))
          .containsExactly("T0", "T1", "T2", "T3", "T4", "Z1");
    }
    assertThat(codes(PlacementType.class, p -> p.takesNoProvider(Y2025_26) && p.isValidIn(Y2025_26)))
        .containsExactly("T0", "T1", "T2", "T3", "Z11", "Z12", "Z13", "Z14");
  }

  @Test
  void urnExemptionsFollowTheSupportedAccommodationReforms() {
    List<String> core = List.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4");
    for (CollectionYear year : List.of(Y2022_23, Y2023_24)) {
      assertThat(codes(PlacementType.class, p -> p.isExemptFromUrn(year) && p.isValidIn(year)))
          .containsExactlyInAnyOrder(concat(core, "H5", "P2", "Z1"));
    }
    assertThat(codes(PlacementType.class, p -> p.isExemptFromUrn(Y2024_25) && p.isValidIn(Y2024_25)))
        .containsExactlyInAnyOrder(concat(core, "Z1"));
    assertThat(codes(PlacementType.class, p -> p.isExemptFromUrn(Y2025_26) && p.isValidIn(Y2025_26)))
        .containsExactlyInAnyOrder(concat(core, "Z11", "Z12", "Z13", "Z14"));
  }

  @Test
  void urnMustNotBeRecordedFollowsTheReformsAYearEarlierForH5() {
    List<String> core = List.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4");
    assertThat(codes(PlacementType.class, p -> p.mustNotHaveUrn(Y2022_23) && p.isValidIn(Y2022_23)))
        .containsExactlyInAnyOrder(concat(core, "H5", "P2", "Z1"));
    assertThat(codes(PlacementType.class, p -> p.mustNotHaveUrn(Y2023_24) && p.isValidIn(Y2023_24)))
        .containsExactlyInAnyOrder(concat(core, "P2", "Z1"));
    assertThat(codes(PlacementType.class, p -> p.mustNotHaveUrn(Y2024_25) && p.isValidIn(Y2024_25)))
        .containsExactlyInAnyOrder(concat(core, "Z1"));
    assertThat(codes(PlacementType.class, p -> p.mustNotHaveUrn(Y2025_26) && p.isValidIn(Y2025_26)))
        .containsExactlyInAnyOrder(concat(core, "Z11", "Z12", "Z13", "Z14"));
  }

  @Test
  void placementContinuesAcrossTheYearBoundaryOnlyUnderTheSameOrARedesignatedCode() {
    for (CollectionYear y : CollectionYear.values()) {
      assertThat(PlacementType.U4.mayContinueAs(PlacementType.U4, y)).isTrue();
      assertThat(PlacementType.U4.mayContinueAs(PlacementType.U5, y)).isFalse();
      assertThat(PlacementType.K3.mayContinueAs(PlacementType.H5, y)).isFalse();
    }
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, Y2023_24)).isFalse();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, Y2024_25)).isTrue();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, Y2025_26)).isTrue();
    assertThat(PlacementType.H5.mayContinueAs(PlacementType.K3, Y2026_27)).isFalse();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.Z13, Y2025_26)).isTrue();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.Z13, Y2024_25)).isFalse();
    assertThat(PlacementType.Z1.mayContinueAs(PlacementType.R1, Y2025_26)).isFalse();
  }

  @Test
  void ownProvisionOutsideTheLaIsExpectedForFosteringAdoptionAndFrom2025SupportedAccommodation() {
    assertThat(PlacementType.U1.mayBeOwnProvisionOutsideLa(Y2022_23)).isTrue();
    assertThat(PlacementType.A6.mayBeOwnProvisionOutsideLa(Y2022_23)).isTrue();
    assertThat(PlacementType.K2.mayBeOwnProvisionOutsideLa(Y2022_23)).isFalse();
    assertThat(PlacementType.K3.mayBeOwnProvisionOutsideLa(Y2024_25)).isFalse();
    assertThat(PlacementType.K3.mayBeOwnProvisionOutsideLa(Y2025_26)).isTrue();
  }

  private static String[] concat(List<String> core, String... more) {
    String[] all = Arrays.copyOf(core.toArray(new String[0]), core.size() + more.length);
    System.arraycopy(more, 0, all, core.size(), more.length);
    return all;
  }
}
