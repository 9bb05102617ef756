package io.github.cscreturns.core.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Records are values: equal by value, sources excluded, copies made with with*. */
class RecordValueSemanticsTest {
  private static final Episode EPISODE =
      Episode.builder()
          .start(LocalDate.of(2024, 4, 1))
          .reasonNewEpisode(ReasonNewEpisode.S)
          .legalStatus(LegalStatus.C2)
          .placement(Placement.builder().type(PlacementType.U1).build())
          .putUnparsed("CIN", "N9")
          .build();

  @Test
  void equalByValue() {
    Episode same =
        Episode.builder()
            .start(LocalDate.of(2024, 4, 1))
            .reasonNewEpisode(ReasonNewEpisode.S)
            .legalStatus(LegalStatus.C2)
            .placement(Placement.builder().type(PlacementType.U1).build())
            .putUnparsed("CIN", "N9")
            .build();
    assertThat(same).isEqualTo(EPISODE).hasSameHashCodeAs(EPISODE).hasToString(EPISODE.toString());
    assertThat(ImmutableEpisode.copyOf(EPISODE).withLegalStatus(LegalStatus.C1)).isNotEqualTo(EPISODE);
    assertThat(ImmutableEpisode.copyOf(EPISODE).withUnparsed(Map.of("CIN", "N8"))).isNotEqualTo(EPISODE);
  }

  @Test
  void sourceIsNotPartOfEquality() {
    Episode located = ImmutableEpisode.copyOf(EPISODE).withSource(SourceLocation.of("episodes.csv", 7));
    assertThat(located).isEqualTo(EPISODE).hasSameHashCodeAs(EPISODE);
    assertThat(located.source()).contains(SourceLocation.of("episodes.csv", 7));
    assertThat(EPISODE.source()).isEmpty();
  }

  @Test
  void withCopiesLeaveTheOriginalAlone() {
    ImmutableEpisode original = ImmutableEpisode.copyOf(EPISODE);
    Episode ended = original.withEnd(LocalDate.of(2024, 5, 1));
    assertThat(ended.end()).contains(LocalDate.of(2024, 5, 1));
    assertThat(original.end()).isEmpty();
    assertThat(original.withEnd(Optional.empty())).isSameAs(original);
    assertThat(Episode.builder().from(ended).end(Optional.empty()).build()).isEqualTo(EPISODE);
  }

  @Test
  void unparsedTextIsKeptByItemAndItsOrderDoesNotMatter() {
    Map<String, String> ab = new LinkedHashMap<>();
    ab.put("DEC", "x");
    ab.put("REC", "y");
    Map<String, String> ba = new LinkedHashMap<>();
    ba.put("REC", "y");
    ba.put("DEC", "x");
    Episode e1 = Episode.builder().unparsed(ab).build();
    assertThat(e1).isEqualTo(Episode.builder().unparsed(ba).build());
    assertThat(e1.unparsed("DEC")).contains("x");
    assertThat(e1.unparsed("DECOM")).isEmpty();
    assertThat(e1.unparsed().keySet()).as("read order kept").containsExactly("DEC", "REC");
    assertThatThrownBy(() -> e1.unparsed().put("LS", "z")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyRecordKnowsItsTable() {
    assertThat(Child.builder().childId(ChildId.of("1")).build().table()).isEqualTo(Ssda903Table.HEADER);
    assertThat(EPISODE.table()).isEqualTo(Ssda903Table.EPISODES);
    assertThat(Review.builder().build().table()).isEqualTo(Ssda903Table.REVIEWS);
    assertThat(Uasc.builder().build().table()).isEqualTo(Ssda903Table.UASC);
    assertThat(HealthOutcomes.builder().build().table()).isEqualTo(Ssda903Table.OC2);
    assertThat(CareLeaverCheckpoint.builder().build().table()).isEqualTo(Ssda903Table.OC3);
    assertThat(Adoption.builder().build().table()).isEqualTo(Ssda903Table.AD1);
    assertThat(PlacedForAdoption.builder().build().table()).isEqualTo(Ssda903Table.PLACED_ADOPTION);
    assertThat(PreviousPermanence.builder().build().table()).isEqualTo(Ssda903Table.PREV_PERM);
    assertThat(MissingEpisode.builder().build().table()).isEqualTo(Ssda903Table.MISSING);
    assertThat(SocialWorkerEpisode.builder().build().table()).isEqualTo(Ssda903Table.SW_EPISODES);
    assertThat(DeprivationOfLiberty.builder().build().table()).isEqualTo(Ssda903Table.DOLO);
  }

  @Test
  void collectionsAreNeverNullAndRejectNulls() {
    Child c = Child.builder().childId(ChildId.of("1")).build();
    assertThat(c.episodes()).isEmpty();
    assertThat(c.unparsed()).isEmpty();
    assertThatThrownBy(() -> Child.builder().childId(ChildId.of("1")).addEpisodes((Episode) null)).isInstanceOf(NullPointerException.class);
  }
}
