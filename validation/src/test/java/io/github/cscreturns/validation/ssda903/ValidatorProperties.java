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
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The report does not depend on parallelism or batching, and findings keep a stable order. */
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

  @Provide
  Arbitrary<List<Child>> children() {
    Arbitrary<Episode> episodes =
        Combinators.combine(
                Arbitraries.integers().between(0, 364).injectNull(0.1),
                Arbitraries.of(PlacementType.U4, PlacementType.K2, PlacementType.R1))
            .as(
                (day, place) ->
                    RuleTester.episode(YEAR)
                        .start(Optional.ofNullable(day).map(d -> YEAR.ssda903Start().plusDays(d)))
                        .placement(Placement.builder().type(place).build())
                        .build());
    Arbitrary<Child> child =
        Combinators.combine(
                Arbitraries.integers().between(1, 60),
                Arbitraries.of(Ethnicity.WBRI, Ethnicity.NOBT).optional(0.9),
                episodes.list().ofMaxSize(6))
            .as(
                (id, ethnic, eps) ->
                    RuleTester.child(YEAR)
                        .childId(ChildId.of("C" + id))
                        .ethnicity(ethnic)
                        .dob(LocalDate.of(YEAR.startYear() - 10, 5, 1))
                        .episodes(eps)
                        .build());
    return child.list().ofMaxSize(700);
  }

  @Property(tries = 40)
  void parallelValidationEqualsSequential(
      @ForAll("children") List<Child> children, @ForAll @IntRange(min = 2, max = 5) int threads) {
    ValidationReport sequential = Validator.builder(RULES).build().validate(children);
    ValidationReport parallel = Validator.builder(RULES).parallelism(threads).build().validate(children);
    assertThat(parallel).isEqualTo(sequential);
    assertThat(parallel.checked()).isEqualTo(children.size());
  }

  @Property(tries = 40)
  void findingsFollowInputOrderThenFindingOrder(@ForAll("children") List<Child> children) {
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
