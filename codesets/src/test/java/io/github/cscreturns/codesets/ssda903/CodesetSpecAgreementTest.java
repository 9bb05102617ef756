package io.github.cscreturns.codesets.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every row of {@code ../shared/spec/ssda903/codesets.csv} agrees with the enums, and vice versa. */
class CodesetSpecAgreementTest {

  /**
   * Rows (low confidence in the spec) where we deliberately differ, each with its reason. The key is
   * CODESET:CODE; the value is the validity we model.
   */
  private static final Map<String, YearRange> KNOWN_DIFFERENCES =
      Map.of(
          // The spec leaves these open-ended, but the DfE rule 133 rejects them from 2022-23: homeless
          // or in custody cannot be "suitable". We follow the rule, so a rule can ask the codeset.
          "ACCOM:S1", YearRange.until(CollectionYear.Y2021_22),
          "ACCOM:X1", YearRange.until(CollectionYear.Y2021_22));

  private static final List<Map<String, String>> ROWS = SpecFiles.csv("ssda903/codesets.csv");

  @Test
  void everySpecRowHasItsCodeWithTheSameYears() {
    assertThat(ROWS).hasSizeGreaterThan(200);
    int checked = 0;
    for (Map<String, String> row : ROWS) {
      String name = row.get("codeset");
      Codeset<?> codeset =
          Ssda903Codesets.byName(name).orElseThrow(() -> new AssertionError("No codeset " + name));
      Code code =
          codeset.parse(row.get("code")).orElseThrow(() -> new AssertionError("No code " + name + ":" + row.get("code")));
      YearRange expected = specRange(row);
      String key = name + ":" + row.get("code");
      if (KNOWN_DIFFERENCES.containsKey(key)) {
        assertThat(row.get("confidence")).as(key).isEqualTo("low");
        assertThat(code.validity()).as(key).isEqualTo(KNOWN_DIFFERENCES.get(key)).isNotEqualTo(expected);
      } else {
        assertThat(code.validity()).as(key).isEqualTo(expected);
      }
      assertThat(code.description()).as(key).isEqualTo(row.get("description"));
      checked++;
    }
    assertThat(checked).isEqualTo(ROWS.size());
  }

  @Test
  void everyEnumCodeIsInTheSpec() {
    Set<String> spec = new HashSet<>();
    for (Map<String, String> row : ROWS) {
      spec.add(row.get("codeset") + ":" + row.get("code"));
    }
    Set<String> specCodesets = new HashSet<>();
    ROWS.forEach(r -> specCodesets.add(r.get("codeset")));
    for (Codeset<?> codeset : Ssda903Codesets.all()) {
      assertThat(specCodesets).contains(codeset.name());
      for (Code code : codeset.codes()) {
        assertThat(spec).contains(codeset.name() + ":" + code.code());
      }
    }
    assertThat(Ssda903Codesets.all()).hasSize(specCodesets.size());
  }

  private static YearRange specRange(Map<String, String> row) {
    String first = row.get("first_year");
    String last = row.get("last_year");
    CollectionYear from = first.isBlank() ? CollectionYear.first() : CollectionYear.parse(first);
    CollectionYear to = last.isBlank() ? CollectionYear.last() : CollectionYear.parse(last);
    return YearRange.of(from, to);
  }
}
