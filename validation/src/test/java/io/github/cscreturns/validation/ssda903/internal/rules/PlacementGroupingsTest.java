package io.github.cscreturns.validation.ssda903.internal.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The rules-side groupings of placement types hold the codes the DfE's definitions list, and change when the spec says. */
class PlacementGroupingsTest {
  private static List<String> codes(Predicate<PlacementType> grouping) {
    return Arrays.stream(PlacementType.values()).filter(grouping).map(PlacementType::code).toList();
  }

  private static Map<String, String> spec(String codeset, String code) {
    return SpecFiles.csv("ssda903/codesets.csv").stream()
        .filter(r -> r.get("codeset").equals(codeset) && r.get("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void placementsWithoutProvider() {
    assertThat(codes(PlacementGroupings.TEMPORARY)).containsExactly("T0", "T1", "T2", "T3", "T4");
    assertThat(codes(PlacementGroupings.TEMPORARY_OR_OTHER))
        .containsExactly("T0", "T1", "T2", "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14");
    assertThat(codes(PlacementGroupings.TEMPORARY_EXCEPT_T4_OR_OTHER))
        .containsExactly("T0", "T1", "T2", "T3", "Z1", "Z11", "Z12", "Z13", "Z14");
  }

  @Test
  void t4LeavesRule178InTheYearTheSpecSays() {
    Matcher m = Pattern.compile("From (\\d{4}-\\d{2}) rule 178 no longer lists T4").matcher(spec("PLACE", "T4").get("notes"));
    assertThat(m.find()).isTrue();
    CollectionYear from = CollectionYear.parse(m.group(1));
    for (CollectionYear y : List.of(CollectionYear.Y2022_23, CollectionYear.Y2023_24, CollectionYear.Y2024_25, CollectionYear.Y2025_26, CollectionYear.Y2026_27)) {
      boolean t4TakesNoProvider = !y.isEqualOrNewerThan(from);
      Episode178Probe probe = new Episode178Probe(y);
      assertThat(probe.flagsProviderOnT4()).as("178 in %s", y).isEqualTo(t4TakesNoProvider);
    }
  }

  /** Rule 178 of the year's set, asked about a T4 episode with a provider. */
  private record Episode178Probe(CollectionYear year) {
    boolean flagsProviderOnT4() {
      var episode = io.github.cscreturns.validation.ssda903.RuleTester.episode(year)
          .placement(io.github.cscreturns.validation.ssda903.RuleTester.placement(year).type(PlacementType.T4).build())
          .build();
      var child = io.github.cscreturns.validation.ssda903.RuleTester.child(year).episodes(List.of(episode)).build();
      return !io.github.cscreturns.validation.ssda903.RuleTester.flaggedByTheYearsRule("178", child, year).isEmpty();
    }
  }

  @Test
  void urnGroupings() {
    List<String> notRegistered = List.of("P1", "P3", "R1", "R2", "R5", "T0", "T1", "T2", "T3", "T4", "Z1", "Z11", "Z12", "Z13", "Z14");
    assertThat(codes(PlacementGroupings.NOT_OFSTED_REGISTERED)).containsExactlyInAnyOrderElementsOf(notRegistered);
    assertThat(codes(PlacementGroupings.NOT_OFSTED_REGISTERED_OR_P2)).containsAll(notRegistered).contains("P2").doesNotContain("H5");
    assertThat(codes(PlacementGroupings.NOT_OFSTED_REGISTERED_OR_INDEPENDENT_LIVING)).containsAll(notRegistered).contains("P2", "H5");
  }

  @Test
  void supportedAccommodationIsK3FromTheYearK3Exists() {
    assertThat(codes(PlacementGroupings.SEMI_INDEPENDENT_LIVING)).containsExactly("H5");
    assertThat(codes(PlacementGroupings.SUPPORTED_ACCOMMODATION)).containsExactly("K3");
    // rule 371 moves to K3 in the year the spec starts K3 and words the rule "supported accomodation"
    CollectionYear k3From = CollectionYear.parse(spec("PLACE", "K3").get("first_year"));
    assertThat(SpecFiles.csv("ssda903/rules.csv").stream()
            .filter(r -> r.get("code").equals("371") && r.get("message").contains("supported accomodation"))
            .map(r -> r.get("first_year")))
        .containsExactly(k3From.label());
  }

  @Test
  void continuationAcrossTheYearBoundary() {
    for (CollectionYear y : CollectionYear.values()) {
      assertThat(PlacementGroupings.SAME_CODE.mayContinueAs(PlacementType.U4, PlacementType.U4, y)).isTrue();
      assertThat(PlacementGroupings.SAME_CODE.mayContinueAs(PlacementType.H5, PlacementType.K3, y)).isFalse();
      assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.U4, PlacementType.U5, y)).isFalse();
      assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.K3, PlacementType.H5, y)).isFalse();
      assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.H5, PlacementType.K3, y)).isTrue();
    }
    // Z1's split into Z11 to Z14 is the codeset's, effective in 2025-26 only
    assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.Z1, PlacementType.Z13, CollectionYear.Y2025_26)).isTrue();
    assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.Z1, PlacementType.Z13, CollectionYear.Y2024_25)).isFalse();
    assertThat(PlacementGroupings.SAME_CODE_H5_AS_K3_OR_SPLIT.mayContinueAs(PlacementType.Z1, PlacementType.R1, CollectionYear.Y2025_26)).isFalse();
    // the spec records H5 continuing as K3 under rule 503D
    assertThat(spec("PLACE", "H5").get("notes")).contains("rule 503D allows H5 last year -> K3 this year");
  }

  @Test
  void ownProvisionOutsideTheLa() {
    assertThat(codes(PlacementGroupings.CARERS_MAY_LIVE_ANYWHERE))
        .containsExactlyInAnyOrder("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5", "A6");
    assertThat(codes(PlacementGroupings.CARERS_MAY_LIVE_ANYWHERE_OR_SUPPORTED_ACCOMMODATION))
        .containsExactlyInAnyOrder("U1", "U2", "U3", "U4", "U5", "U6", "A3", "A4", "A5", "A6", "K3");
  }
}
