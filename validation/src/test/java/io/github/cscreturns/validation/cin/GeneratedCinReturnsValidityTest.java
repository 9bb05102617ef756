package io.github.cscreturns.validation.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated CIN returns are valid by construction: the year's DfE CIN rules find no error in them, for
 * every year with CIN rules and many seeds and sizes (1 to 5,000 children). Queries may fire where the
 * DfE expects them of real data; they are counted, not failed. A failure names the year, seed and
 * size, and each rule that found an error with a child it found it in.
 */
class GeneratedCinReturnsValidityTest {
  static Stream<Arguments> yearsSeedsAndSizes() {
    int[] sizes = {1, 2, 3, 7, 12, 40, 100, 300, 1_000};
    Stream<Arguments> spread =
        CinRuleCatalogue.years().stream()
            .flatMap(year -> IntStream.range(0, sizes.length).mapToObj(i -> Arguments.of(year, 100L * year.ordinal() + i, sizes[i])));
    return Stream.concat(spread, CinRuleCatalogue.years().stream().map(year -> Arguments.of(year, 77L, 5_000)));
  }

  @ParameterizedTest(name = "{0} seed {1} size {2}")
  @MethodSource("yearsSeedsAndSizes")
  void aGeneratedReturnHasNoErrorFindings(CollectionYear year, long seed, int size) {
    CinReturn cin = CinGenerator.builder(year).seed(seed).children(size).build().generate();
    assertThat(cin.children()).hasSize(size);
    ValidationReport report = CinValidator.forYear(year).validate(cin);
    Map<String, List<Finding>> errors =
        report.findings().stream()
            .filter(f -> f.severity() == Severity.ERROR)
            .collect(Collectors.groupingBy(Finding::ruleCode, TreeMap::new, Collectors.toList()));
    assertThat(errors)
        .as("%s seed %d size %d: errors by rule, with a child each: %s", year.label(), seed, size,
            errors.entrySet().stream()
                .map(e -> e.getKey() + " x" + e.getValue().size() + " (" + e.getValue().get(0).table() + " of "
                    + e.getValue().get(0).childId().map(c -> c.value()).orElse("the return") + ")")
                .toList())
        .isEmpty();
    assertThat(report.ruleErrors()).isEmpty();
  }
}
