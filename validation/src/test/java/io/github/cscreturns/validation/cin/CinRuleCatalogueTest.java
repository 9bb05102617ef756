package io.github.cscreturns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each year's CIN catalogue equals the DfE rule list of the specification (../shared/spec/cin/rules.csv). */
class CinRuleCatalogueTest {
  static List<CollectionYear> years() {
    return CinRuleCatalogue.years();
  }

  private static String describe(String message, String severity, String level, List<String> fields, List<String> tables) {
    return message + " | " + severity.toLowerCase(Locale.ROOT) + " | " + level.toLowerCase(Locale.ROOT) + " | " + fields + " | " + tables;
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : List.of(list.split(";"));
  }

  @ParameterizedTest
  @MethodSource("years")
  void theCatalogueEqualsTheSpecification(CollectionYear year) {
    Map<String, String> spec = new LinkedHashMap<>();
    for (Map<String, String> row : SpecFiles.csv("cin/rules.csv")) {
      String first = row.get("first_year");
      String last = row.get("last_year");
      boolean started = first.isBlank() || !year.isOlderThan(CollectionYear.parse(first));
      boolean notEnded = last.isBlank() || !CollectionYear.parse(last).isOlderThan(year);
      if (started && notEnded) {
        String before =
            spec.put(row.get("code"), describe(row.get("message"), row.get("severity"), row.get("level"), split(row.get("affected_fields")), split(row.get("tables"))));
        assertThat(before).as("rule %s has two versions in %s", row.get("code"), year.label()).isNull();
      }
    }
    Map<String, String> ours = new LinkedHashMap<>();
    for (CinRuleMetadata m : CinRuleCatalogue.of(year).rules()) {
      ours.put(m.code(), describe(m.message(), m.severity().name(), m.level().name(), m.fields(), m.tables()));
    }
    assertThat(ours).containsExactlyInAnyOrderEntriesOf(spec);
  }

  @Test
  void theYearsHaveTheCountsOfThePublicRuleLists() {
    assertThat(years().stream().map(y -> CinRuleCatalogue.of(y).rules().size()).toList()).containsExactly(105, 105, 109, 109);
  }

  @Test
  void queriesAreTheCodesEndingInQ() {
    for (CollectionYear y : years()) {
      for (CinRuleMetadata m : CinRuleCatalogue.of(y).rules()) {
        assertThat(m.severity().name().equals("QUERY")).as(m.code()).isEqualTo(m.code().endsWith("Q"));
      }
    }
  }
}
