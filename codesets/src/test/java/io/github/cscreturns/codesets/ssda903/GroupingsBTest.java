package io.github.cscreturns.codesets.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The DfE groupings of codes used by the episode rules 336–390. */
class GroupingsBTest {

  private static <E extends Enum<E>> List<E> matching(Class<E> type, Predicate<E> grouping) {
    return Arrays.stream(type.getEnumConstants()).filter(grouping).toList();
  }

  @Test
  void temporaryPlacementsAreT0ToT4() {
    assertThat(matching(PlacementType.class, PlacementType::isTemporary))
        .containsExactly(PlacementType.T0, PlacementType.T1, PlacementType.T2, PlacementType.T3, PlacementType.T4);
  }

  @Test
  void fosterPlacementsAreU1ToU6() {
    assertThat(matching(PlacementType.class, PlacementType::isFoster))
        .containsExactlyInAnyOrder(
            PlacementType.U1, PlacementType.U2, PlacementType.U3,
            PlacementType.U4, PlacementType.U5, PlacementType.U6);
    assertThat(matching(PlacementType.class, PlacementType::isLongTermFoster))
        .containsExactly(PlacementType.U1, PlacementType.U4);
  }

  @Test
  void placedForAdoptionIsA3ToA6AndWithCurrentFosterCarerIsA3A5() {
    assertThat(matching(PlacementType.class, PlacementType::isPlacedForAdoption))
        .containsExactly(PlacementType.A3, PlacementType.A4, PlacementType.A5, PlacementType.A6);
    assertThat(matching(PlacementType.class, PlacementType::isPlacedForAdoptionWithCurrentFosterCarers))
        .containsExactly(PlacementType.A3, PlacementType.A5);
  }

  @Test
  void supportedAccommodationIsH5UntilTheReformsThenK3() {
    assertThat(matching(PlacementType.class, p -> p.isSupportedAccommodation(CollectionYear.Y2022_23)))
        .containsExactly(PlacementType.H5);
    assertThat(matching(PlacementType.class, p -> p.isSupportedAccommodation(CollectionYear.Y2023_24)))
        .containsExactly(PlacementType.H5);
    assertThat(matching(PlacementType.class, p -> p.isSupportedAccommodation(CollectionYear.Y2024_25)))
        .containsExactly(PlacementType.K3);
    assertThat(matching(PlacementType.class, p -> p.isSupportedAccommodation(CollectionYear.Y2026_27)))
        .containsExactly(PlacementType.K3);
  }

  @Test
  void respiteIsV3V4AndYouthJusticeIsJ1ToJ3() {
    assertThat(matching(LegalStatus.class, LegalStatus::isRespite)).containsExactly(LegalStatus.V3, LegalStatus.V4);
    assertThat(matching(LegalStatus.class, LegalStatus::isYouthJustice))
        .containsExactly(LegalStatus.J1, LegalStatus.J2, LegalStatus.J3);
  }

  @Test
  void shortTermLegalStatusesHaveTheirMaximumDays() {
    assertThat(matching(LegalStatus.class, LegalStatus::isShortTerm))
        .containsExactly(LegalStatus.L1, LegalStatus.L2, LegalStatus.L3, LegalStatus.J2);
    assertThat(LegalStatus.L1.maximumDays()).hasValue(3);
    assertThat(LegalStatus.L2.maximumDays()).hasValue(21);
    assertThat(LegalStatus.L3.maximumDays()).hasValue(7);
    assertThat(LegalStatus.J2.maximumDays()).hasValue(21);
    assertThat(LegalStatus.C2.maximumDays()).isEmpty();
  }

  @Test
  void adoptionAndIndependentLivingReasonsCeased() {
    assertThat(matching(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isAdoption))
        .containsExactly(ReasonEpisodeCeased.E11, ReasonEpisodeCeased.E12);
    assertThat(matching(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isIndependentLiving))
        .containsExactly(ReasonEpisodeCeased.E5, ReasonEpisodeCeased.E6);
  }
}
