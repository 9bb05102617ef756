package io.github.cscreturns.codesets.ssda903;

import static io.github.cscreturns.codesets.CollectionYear.Y2022_23;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2024_25;
import static io.github.cscreturns.codesets.CollectionYear.Y2025_26;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The DfE groupings of codes added for the header and field rules (group A). */
class GroupingsATest {

  private static <C extends Enum<C>> List<String> codes(Class<C> type, Predicate<C> grouping) {
    return Arrays.stream(type.getEnumConstants()).filter(grouping).map(Enum::name).toList();
  }

  @Test
  void sexGroupsBothEras() {
    assertThat(codes(Sex.class, Sex::isMale)).containsExactly("GENDER_MALE", "M");
    assertThat(codes(Sex.class, Sex::isFemale)).containsExactly("GENDER_FEMALE", "F");
  }

  @Test
  void respiteIsV3AndV4() {
    assertThat(codes(LegalStatus.class, LegalStatus::isRespite)).containsExactly("V3", "V4");
  }

  @Test
  void placementGroupings() {
    assertThat(codes(PlacementType.class, PlacementType::isTemporary)).containsExactly("T0", "T1", "T2", "T3", "T4");
    assertThat(codes(PlacementType.class, PlacementType::isOtherPlacement)).containsExactly("Z1", "Z11", "Z12", "Z13", "Z14");
    assertThat(codes(PlacementType.class, PlacementType::isPlacedForAdoptionWithCurrentFosterCarers))
        .containsExactly("A3", "A5");
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
  void reasonNewEpisodeGroupings() {
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::keepsCarers)).containsExactly("T", "U");
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::changesPlacementAndCarers)).containsExactly("P", "B");
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::changesPlacement)).containsExactly("P", "T", "B", "U");
  }

  @Test
  void reasonEpisodeCeasedGroupings() {
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isAdoption)).containsExactly("E11", "E12");
    assertThat(ReasonEpisodeCeased.X1.endsPeriodOfCare()).isFalse();
    assertThat(codes(ReasonEpisodeCeased.class, r -> !r.endsPeriodOfCare())).containsExactly("X1");
  }

  private static String[] concat(List<String> core, String... more) {
    String[] all = Arrays.copyOf(core.toArray(new String[0]), core.size() + more.length);
    System.arraycopy(more, 0, all, core.size(), more.length);
    return all;
  }
}
