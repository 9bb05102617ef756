package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated returns are valid by construction: with their previous year, the year's DfE rule set
 * finds no error in them, for every collection year that has a rule set (2022-23 on: the earliest
 * published rule list) and many seeds and sizes (1 to 20,000 children, and 100,000, about a national
 * return, in every year).
 * Queries may fire where the DfE expects them of real data; they are counted, not failed. A failure
 * names the year, seed and size, and each rule that found an error with a child it found it in.
 */
class GeneratedReturnsValidityTest {
  private static final LaCode LA = LaCode.of("886");

  static Stream<Arguments> yearsSeedsAndSizes() {
    int[] sizes = {1, 2, 3, 7, 12, 40, 100, 300, 1_000, 2_000};
    Stream<Arguments> spread =
        Stream.of(CollectionYear.values())
            .filter(year -> year.isEqualOrNewerThan(CollectionYear.Y2022_23))
            .flatMap(year -> java.util.stream.IntStream.range(0, sizes.length)
                .mapToObj(i -> Arguments.of(year, 1000L * year.ordinal() + i, sizes[i])));
    // about a national return (100,000 children) in every year, and a few sizes between
    Stream<Arguments> large =
        Stream.of(Arguments.of(CollectionYear.Y2024_25, 13L, 100_000), Arguments.of(CollectionYear.Y2022_23, 14L, 100_000),
            Arguments.of(CollectionYear.Y2023_24, 15L, 100_000), Arguments.of(CollectionYear.Y2025_26, 16L, 100_000),
            Arguments.of(CollectionYear.Y2026_27, 17L, 100_000),
            Arguments.of(CollectionYear.Y2024_25, 7L, 20_000), Arguments.of(CollectionYear.last(), 11L, 5_000),
            Arguments.of(CollectionYear.Y2022_23, 3L, 5_000), Arguments.of(CollectionYear.Y2023_24, 5L, 5_000),
            Arguments.of(CollectionYear.Y2025_26, 9L, 5_000));
    return Stream.concat(spread, large);
  }

  @ParameterizedTest(name = "{0} seed {1} size {2}")
  @MethodSource("yearsSeedsAndSizes")
  void generatedReturnWithItsPreviousYearHasNoErrorFindings(CollectionYear year, long seed, int size) {
    Ssda903Generator generator = Ssda903Generator.builder(year).seed(seed).children(size).la(LA).build();
    List<Child> children = generator.children().toList();
    List<Child> previous = generator.previousYearChildren().toList();
    assertThat(children).hasSize(size);
    Validator.Builder builder = Validator.builder(RuleSet.forYear(year)).la(LA);
    if (year.previous().isPresent()) {
      builder.previousYear(previous);
    }
    ValidationReport report = builder.build().validate(children);
    Map<String, List<Finding>> errors =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .collect(Collectors.groupingBy(Finding::ruleCode, TreeMap::new, Collectors.toList()));
    String described =
        errors.entrySet().stream()
            .map(e -> e.getKey() + " x" + e.getValue().size() + " (e.g. child " + e.getValue().get(0).childId().map(Object::toString).orElse("?")
                + " " + e.getValue().get(0).table() + ")")
            .collect(Collectors.joining("; "));
    Map<String, Long> queries =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.QUERY)
            .collect(Collectors.groupingBy(Finding::ruleCode, TreeMap::new, Collectors.counting()));
    // Queries are what the DfE asks an LA to confirm of real data; counted here, not failed.
    System.out.printf("%s seed %d size %d: %d errors, queries %s%n", year, seed, size, errors.size(), queries);
    assertThat(errors).as("%s seed %d size %d: errors %s", year, seed, size, described).isEmpty();
    assertThat(report.ruleErrors()).as("rules that threw").isEmpty();
  }
}
