package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.internal.rules.Rule103;
import io.github.cscreturns.validation.ssda903.internal.rules.RuleInt32;
import java.time.LocalDate;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The report does not depend on parallelism or batching, and findings keep a stable order: over
 * seeded lists of up to 700 children; a failure names its seed and size.
 */
class ValidatorProperties {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  /** A mix of real and test rules: some flag episodes, one throws now and then, one is whole-return. */
  private static final RuleSet RULES =
      RuleSet.builder(YEAR)
          .add(new Rule103())
          .add(new RuleInt32())
          .add(TestRules.episodes("146", e -> e.placement().type().map(t -> t == PlacementType.K2).orElse(false)))
          .add(TestRules.episodes("141", e -> e.start().isEmpty()))
          .add(TestRules.throwing("102", c -> c.childId().value().endsWith("7")))
          .add(TestRules.header("101", c -> c.episodes().size() > 3))
          .build();

  static Stream<Object[]> samples() {
    return SeededProperty.seedsAndSizes(40, 700);
  }

  private static final List<PlacementType> PLACEMENTS = List.of(PlacementType.U4, PlacementType.K2, PlacementType.R1);

  /** An episode starting in the year (one in ten without a start date). */
  private static Episode episode(SplittableRandom random) {
    Optional<LocalDate> start =
        random.nextInt(10) == 0 ? Optional.empty() : Optional.of(YEAR.ssda903Start().plusDays(random.nextInt(365)));
    return RuleTester.episode(YEAR)
        .start(start)
        .placement(Placement.builder().type(PLACEMENTS.get(random.nextInt(PLACEMENTS.size()))).build())
        .build();
  }

  /** {@code size} children with IDs C1 … C60 (so some repeat) and up to six episodes each. */
  static List<Child> children(SplittableRandom random, int size) {
    List<Child> children = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int id = 1 + random.nextInt(60);
      Optional<Ethnicity> ethnic =
          random.nextInt(10) == 0 ? Optional.empty() : Optional.of(random.nextBoolean() ? Ethnicity.WBRI : Ethnicity.NOBT);
      List<Episode> episodes = new ArrayList<>();
      int n = random.nextInt(7);
      for (int e = 0; e < n; e++) {
        episodes.add(episode(random));
      }
      children.add(
          RuleTester.child(YEAR)
              .childId(ChildId.of("C" + id))
              .ethnicity(ethnic)
              .dob(LocalDate.of(YEAR.startYear() - 10, 5, 1))
              .episodes(episodes)
              .build());
    }
    return children;
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples")
  void parallelValidationEqualsSequential(long seed, int size) {
    int threads = 2 + (int) (seed % 4); // 2 to 5
    SeededProperty.check(seed, size, ValidatorProperties::children, children -> parallelValidationEqualsSequential(children, threads));
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("samples")
  void findingsFollowInputOrderThenFindingOrder(long seed, int size) {
    SeededProperty.check(seed, size, ValidatorProperties::children, ValidatorProperties::findingsFollowInputOrderThenFindingOrder);
  }

  static void parallelValidationEqualsSequential(List<Child> children, int threads) {
    ValidationReport sequential = Validator.builder(RULES).build().validate(children);
    ValidationReport parallel = Validator.builder(RULES).parallelism(threads).build().validate(children);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.checked()).isEqualTo(children.size());
  }

  static void findingsFollowInputOrderThenFindingOrder(List<Child> children) {
    List<Finding> findings = Validator.builder(RULES).parallelism(2).build().validate(children).findings();
    for (int i = 1; i < findings.size(); i++) {
      Finding a = findings.get(i - 1);
      Finding b = findings.get(i);
      int childA = ordinalOf(children, a);
      int childB = ordinalOf(children, b);
      assertThat(childA).isLessThanOrEqualTo(childB);
      if (childA == childB) {
        assertThat(Finding.ORDER.compare(a, b)).isLessThan(0);
      }
    }
  }

  /** The child of a finding, by counting Header rows (every generated child has one). */
  private static int ordinalOf(List<Child> children, Finding f) {
    if (f.table().equals("Header")) {
      return f.recordIndex().orElseThrow();
    }
    int index = f.recordIndex().orElseThrow();
    for (int i = 0; i < children.size(); i++) {
      index -= children.get(i).episodes().size();
      if (index < 0) {
        return i;
      }
    }
    throw new AssertionError("record index beyond the input");
  }
}
