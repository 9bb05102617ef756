package io.github.cscreturns.codesets.cin;

import static io.github.cscreturns.codesets.CollectionYear.Y2019_20;
import static io.github.cscreturns.codesets.CollectionYear.Y2020_21;
import static io.github.cscreturns.codesets.CollectionYear.Y2021_22;
import static io.github.cscreturns.codesets.CollectionYear.Y2022_23;
import static io.github.cscreturns.codesets.CollectionYear.Y2023_24;
import static io.github.cscreturns.codesets.CollectionYear.Y2024_25;
import static io.github.cscreturns.codesets.CollectionYear.Y2025_26;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Migration;
import io.github.cscreturns.codesets.YearRange;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every codeset of {@code ../shared/spec/cin/codesets.csv} is a CIN codeset with exactly its codes, wording and years. */
class CinCodesetSpecAgreementTest {

  private static final List<Map<String, String>> ROWS = SpecFiles.csv("cin/codesets.csv");

  @Test
  void everySpecCodesetHasItsCodesInOrderWithTheirWordingAndYears() {
    Map<String, List<Map<String, String>>> bySet = new LinkedHashMap<>();
    for (Map<String, String> row : ROWS) {
      bySet.computeIfAbsent(row.get("codeset"), k -> new ArrayList<>()).add(row);
    }
    assertThat(bySet).hasSize(14);
    for (Map.Entry<String, List<Map<String, String>>> e : bySet.entrySet()) {
      Codeset<?> codeset =
          CinCodesets.byName(e.getKey()).orElseThrow(() -> new AssertionError("No codeset " + e.getKey()));
      assertThat(codeset.name()).isEqualTo(e.getKey());
      List<String> specCodes = new ArrayList<>();
      for (Map<String, String> row : e.getValue()) {
        String text = row.get("code");
        specCodes.add(text);
        Code code = codeset.parse(text).orElseThrow(() -> new AssertionError(e.getKey() + ":" + text));
        if (!row.get("description").isBlank()) {
          assertThat(code.description()).as(e.getKey() + ":" + text).isEqualTo(row.get("description"));
        }
        assertThat(code.validity()).as(e.getKey() + ":" + text).isEqualTo(specRange(row));
      }
      assertThat(codeset.codes().stream().map(Code::code).toList()).as(e.getKey()).isEqualTo(specCodes);
    }
    assertThat(CinCodesets.all()).hasSize(bySet.size());
  }

  @Test
  void sexReplacesGenderCurrentIn2024To25() {
    assertThat(GenderCurrent.CODESET.validCodes(Y2023_24)).hasSize(4);
    assertThat(GenderCurrent.CODESET.validCodes(Y2024_25)).isEmpty();
    assertThat(Sex.CODESET.validCodes(Y2023_24)).isEmpty();
    assertThat(Sex.CODESET.validCodes(Y2025_26)).extracting(Code::code).containsExactly("M", "F", "U");
    assertThat(GenderCurrent.CODESET.isValid("1", Y2024_25)).isFalse();
    assertThat(Sex.CODESET.isValid("U", Y2024_25)).isTrue();
  }

  @Test
  void assessmentFactorsChangeIn2020To21And2021To22() {
    assertThat(AssessmentFactor.CODESET.isValid("18A", Y2019_20)).isTrue();
    assertThat(AssessmentFactor.CODESET.isValid("18A", Y2020_21)).isFalse();
    assertThat(AssessmentFactor.CODESET.isValid("19C", Y2020_21)).isTrue();
    assertThat(AssessmentFactor.CODESET.isValid("24A", Y2020_21)).isFalse();
    assertThat(AssessmentFactor.CODESET.isValid("24A", Y2021_22)).isTrue();
    assertThat(AssessmentFactor.CODESET.validCodes(Y2022_23)).hasSize(42);
    Migration<AssessmentFactor> physical =
        AssessmentFactor.CODESET.migrate(AssessmentFactor.ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_18A, Y2019_20, Y2022_23);
    assertThat(physical).isInstanceOf(Migration.NeedsDecision.class);
  }

  @Test
  void earlyHelpArrivesIn2022To23() {
    assertThat(ReferralSource.CODESET.isValid("5D", CollectionYear.Y2021_22)).isFalse();
    assertThat(ReferralSource.CODESET.isValid("5D", Y2022_23)).isTrue();
    assertThat(ReasonForClosure.CODESET.isValid("RC9", CollectionYear.Y2021_22)).isFalse();
    assertThat(ReasonForClosure.parse("RC9")).contains(ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP);
  }

  @Test
  void codesAreCaseSensitiveButSpacingIsIgnored() {
    assertThat(Disability.parse(" AUT ")).contains(Disability.AUTISM);
    assertThat(Disability.parse("aut")).isEmpty();
    assertThat(YesNo.parse("1").orElseThrow().isYes()).isTrue();
    assertThat(YesNo.parse("false").orElseThrow().isYes()).isFalse();
    assertThat(UpnLaCode.CODESET.isValid("942", Y2022_23)).isFalse();
    assertThat(UpnLaCode.CODESET.isValid("942", Y2023_24)).isTrue();
  }

  @Test
  void everyCodesetServesAnItemOrTheUpnCheck() {
    Set<Codeset<?>> used = new LinkedHashSet<>();
    CinCodesets.codedItems().forEach(i -> used.add(CinCodesets.forItem(i).orElseThrow()));
    used.add(UpnLaCode.CODESET);
    assertThat(used).containsExactlyInAnyOrderElementsOf(CinCodesets.all());
    assertThat(CinCodesets.forItem("ICPCnotRequired")).containsSame(YesNo.CODESET);
    assertThat(CinCodesets.forItem("LatestCategoryOfAbuse")).containsSame(CategoryOfAbuse.CODESET);
  }

  private static YearRange specRange(Map<String, String> row) {
    String first = row.get("first_year");
    String last = row.get("last_year");
    return YearRange.of(
        first.isBlank() ? CollectionYear.first() : CollectionYear.parse(first),
        last.isBlank() ? CollectionYear.last() : CollectionYear.parse(last));
  }
}
