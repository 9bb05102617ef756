package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Each year's golden catalogue equals the DfE rule list in the specification (../shared/spec/ssda903/rules.csv). */
class RuleCatalogueTest {

  static List<CollectionYear> years() {
    return RuleCatalogue.years();
  }

  /** code → "message | fields | tables" of the rows active in the year, as the spec gives them. */
  private static Map<String, String> specRules(CollectionYear year) {
    Map<String, String> active = new LinkedHashMap<>();
    for (Map<String, String> row : SpecFiles.csv("ssda903/rules.csv")) {
      if (row.get("status").equals("never_active")) {
        continue;
      }
      String first = row.get("first_year");
      String last = row.get("last_year");
      boolean started = first.isBlank() || !year.isOlderThan(CollectionYear.parse(first));
      boolean notEnded = last.isBlank() || !CollectionYear.parse(last).isOlderThan(year);
      if (started && notEnded) {
        String previous = active.put(row.get("code"), describe(row.get("message"), split(row.get("affected_fields")), split(row.get("tables"))));
        assertThat(previous).as("rule %s has two active versions in %s", row.get("code"), year).isNull();
      }
    }
    return active;
  }

  private static List<String> split(String list) {
    return list.isBlank() ? List.of() : Arrays.stream(list.split(";")).map(String::strip).toList();
  }

  private static String describe(String message, List<String> fields, List<String> tables) {
    return message + " | " + fields + " | " + tables;
  }

  @ParameterizedTest
  @MethodSource("years")
  void theGoldenCatalogueEqualsTheSpecification(CollectionYear year) {
    Map<String, String> golden = new LinkedHashMap<>();
    for (RuleMetadata m : RuleCatalogue.of(year).rules()) {
      golden.put(m.code(), describe(m.message(), m.fields(), m.tables()));
    }
    Map<String, String> spec = specRules(year);
    assertThat(golden.keySet()).containsExactlyInAnyOrderElementsOf(spec.keySet());
    assertThat(golden).containsExactlyInAnyOrderEntriesOf(spec);
  }

  @Test
  void theActiveCountsAreThoseTheSpecificationStates() {
    assertThat(years().stream().map(y -> RuleCatalogue.of(y).rules().size()).toList())
        .containsExactly(293, 312, 305, 311, 322);
  }

  /**
   * The rules the DfE reports as queries (a warning to check, not an error that blocks submission),
   * besides those whose DfE message begins "WARNING": from 2024-25 the sex and age questions of the
   * Header that the DfE words as expectations, not requirements.
   */
  /** Code to the opening of its DfE message. */
  private static final Map<String, String> QUERIES_BY_WORDING = Map.of(
      "231", "We expect that unaccompanied asylum seeking children are generally older young people.",
      "232", "Sex of the child/young person has been reported as unknown.");

  @Test
  void queriesAreMarked() {
    RuleCatalogue c = RuleCatalogue.of(CollectionYear.Y2024_25);
    assertThat(c.rule("103").orElseThrow().severity()).isEqualTo(io.github.cscreturns.validation.Severity.ERROR);
    assertThat(c.rule("EPI").orElseThrow().severity()).isEqualTo(io.github.cscreturns.validation.Severity.QUERY);
    assertThat(c.rule("231").orElseThrow().severity()).isEqualTo(io.github.cscreturns.validation.Severity.QUERY);
    assertThat(c.rules().stream().filter(m -> m.severity() == io.github.cscreturns.validation.Severity.QUERY))
        .extracting(RuleMetadata::code)
        .containsExactlyInAnyOrder("231", "232", "EPI");
    assertThat(c.contains("SW15STG2")).as("never active").isFalse();
  }

  /**
   * Every year's severities agree with the DfE's facts in the specification: a rule whose message
   * begins "WARNING" is a query, so is each rule of {@link #QUERIES_BY_WORDING} in the years its
   * message opens with that wording, and every other rule is an error.
   */
  @ParameterizedTest
  @MethodSource("years")
  void everySeverityIsTheDfes(CollectionYear year) {
    for (RuleMetadata m : RuleCatalogue.of(year).rules()) {
      boolean query = m.message().startsWith("WARNING") || (QUERIES_BY_WORDING.containsKey(m.code()) && m.message().startsWith(QUERIES_BY_WORDING.get(m.code())));
      assertThat(m.severity())
          .as("%s in %s: \"%s\"", m.code(), year, m.message())
          .isEqualTo(query ? io.github.cscreturns.validation.Severity.QUERY : io.github.cscreturns.validation.Severity.ERROR);
    }
  }

  @Test
  void theQueriesNamedByWordingAreTheDfesMessages() {
    // the list above is held to the specification: each wording is the spec's message of that rule
    for (Map.Entry<String, String> q : QUERIES_BY_WORDING.entrySet()) {
      assertThat(SpecFiles.csv("ssda903/rules.csv"))
          .anyMatch(row -> row.get("code").equals(q.getKey()) && row.get("message").startsWith(q.getValue()));
    }
  }

  @Test
  void yearsWithoutACatalogueAreRefused() {
    assertThatThrownBy(() -> RuleCatalogue.of(CollectionYear.Y2021_22))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-23");
  }
}
