package io.github.cscreturns.codesets.ssda903;

import static io.github.cscreturns.codesets.ssda903.CodeGroupings.codes;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the codes of sex, legal status, reason for new episode and reason episode ceased mean, as the
 * DfE groups them (placement types: {@link PlacementTypeTest}).
 */
class EpisodeCodeGroupingsTest {
  @Test
  void sexGroupsBothEras() {
    assertThat(codes(Sex.class, Sex::isMale)).containsExactly("GENDER_MALE", "M");
    assertThat(codes(Sex.class, Sex::isFemale)).containsExactly("GENDER_FEMALE", "F");
  }

  @Test
  void respiteIsV3V4AndYouthJusticeIsJ1ToJ3() {
    assertThat(codes(LegalStatus.class, LegalStatus::isRespite)).containsExactly("V3", "V4");
    assertThat(codes(LegalStatus.class, LegalStatus::isYouthJustice)).containsExactly("J1", "J2", "J3");
  }

  @Test
  void shortTermLegalStatusesHaveTheirMaximumDays() {
    assertThat(codes(LegalStatus.class, LegalStatus::isShortTerm)).containsExactly("L1", "L2", "L3", "J2");
    assertThat(LegalStatus.L1.maximumDays()).hasValue(3);
    assertThat(LegalStatus.L2.maximumDays()).hasValue(21);
    assertThat(LegalStatus.L3.maximumDays()).hasValue(7);
    assertThat(LegalStatus.J2.maximumDays()).hasValue(21);
    assertThat(LegalStatus.C2.maximumDays()).isEmpty();
  }

  @Test
  void reasonNewEpisodeGroupings() {
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::keepsCarers)).containsExactly("T", "U");
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::changesPlacementAndCarers)).containsExactly("P", "B");
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::changesPlacement)).containsExactly("P", "T", "B", "U");
    assertThat(codes(ReasonNewEpisode.class, ReasonNewEpisode::changesLegalStatus)).containsExactlyInAnyOrder("L", "B", "U");
    assertThat(codes(ReasonNewEpisode.class, r -> !r.continuesPeriodOfCare())).containsExactly("S");
  }

  @Test
  void reasonEpisodeCeasedGroupings() {
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isAdoption)).containsExactly("E11", "E12");
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isIndependentLiving)).containsExactly("E5", "E6");
    assertThat(codes(ReasonEpisodeCeased.class, r -> !r.endsPeriodOfCare())).containsExactly("X1");
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isSpecialGuardianship))
        .containsExactlyInAnyOrder("E43", "E44", "E45", "E46", "E47", "E48");
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::isSpecialGuardianshipToFormerFosterCarers))
        .containsExactlyInAnyOrder("E43", "E45", "E46");
    assertThat(codes(ReasonEpisodeCeased.class, ReasonEpisodeCeased::precludesFurtherEpisodes)).containsExactlyInAnyOrder("E2", "E15");
  }
}
