package io.github.cscreturns.codesets.ssda903;

import static io.github.cscreturns.codesets.ssda903.CodeGroupings.codes;
import static org.assertj.core.api.Assertions.assertThat;

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
}
