package io.github.cscreturns.validation.ssda903;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static io.github.cscreturns.validation.ssda903.RuleTester.episode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.internal.rules.Rule103;
import io.github.cscreturns.validation.ssda903.internal.rules.RuleInt32;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ValidatorTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static Child kid(int n) {
    return child(YEAR).childId(ChildId.of(String.format("C%04d", n))).build();
  }

  private static Child kidWithEpisodes(int n, int episodes) {
    List<Episode> list = new ArrayList<>();
    for (int i = 0; i < episodes; i++) {
      list.add(episode(YEAR).start(LocalDate.of(YEAR.startYear(), 6, 1 + i)).build());
    }
    return child(YEAR).childId(ChildId.of(String.format("C%04d", n))).episodes(list).build();
  }

  @Test
  void findingsCarryTheRuleMetadataChildTableIndexAndFields() {
    RuleSet set = RuleSet.builder(YEAR).add(new Rule103()).build();
    Child bad = child(YEAR).childId(ChildId.of("C9")).ethnicity(Optional.empty()).build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1), bad));
    assertThat(report.findings()).hasSize(1);
    Finding f = report.findings().get(0);
    assertThat(f.ruleCode()).isEqualTo("103");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message()).isEqualTo("The ethnicity code is either not valid or has not been entered.");
    assertThat(f.childId()).contains(ChildId.of("C9"));
    assertThat(f.table()).isEqualTo("Header");
    assertThat(f.recordIndex()).hasValue(1);
    assertThat(f.fields()).containsExactly("ETHNIC");
    assertThat(report.checked()).isEqualTo(2);
    assertThat(report.outcome("103")).contains(new RuleOutcome.Failed(1));
    assertThat(report.isValid()).isFalse();
  }

  @Test
  void findingsComeInInputOrderThenRuleCodeTableAndIndex() {
    RuleSet set =
        RuleSet.builder(YEAR)
            .add(TestRules.header("1001", c -> true))
            .add(TestRules.episodes("143", e -> true))
            .add(TestRules.header("102", c -> true))
            .build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kidWithEpisodes(2, 2), kidWithEpisodes(1, 1)));
    assertThat(report.findings())
        .extracting(f -> f.childId().orElseThrow().value() + "/" + f.ruleCode() + "/" + f.table() + "/" + f.recordIndex().orElseThrow())
        .containsExactly(
            "C0002/102/Header/0", "C0002/143/Episodes/0", "C0002/143/Episodes/1", "C0002/1001/Header/0",
            "C0001/102/Header/1", "C0001/143/Episodes/2", "C0001/1001/Header/1");
  }

  @Test
  void recordIndexesComeFromTheSourceWhereTheReaderRecordedThem() {
    Episode read =
        episode(YEAR).source(SourceLocation.builder().file("episodes.csv").line(8).recordIndex(6).build()).build();
    Child c = child(YEAR).episodes(List.of(read)).build();
    RuleSet set = RuleSet.builder(YEAR).add(TestRules.episodes("143", e -> true)).build();
    Finding f = Validator.builder(set).build().validate(List.of(kidWithEpisodes(2, 3), c)).findings().get(3);
    assertThat(f.recordIndex()).hasValue(6);
    assertThat(f.source().orElseThrow().line()).hasValue(8);
  }

  @Test
  void headerIndexesSkipChildrenWithoutAHeaderRow() {
    Child orphan = child(YEAR).childId(ChildId.of("X")).headerRecorded(false).build();
    RuleSet set = RuleSet.builder(YEAR).add(TestRules.header("102", c -> true)).build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1), orphan, kid(2)));
    assertThat(report.findings()).extracting(f -> f.recordIndex().orElseThrow()).containsExactly(0, 1);
  }

  @Test
  void aRuleThatThrowsIsErroredForThatChildAndTheRunGoesOn() {
    RuleSet set =
        RuleSet.builder(YEAR)
            .add(TestRules.throwing("102", c -> c.childId().value().equals("C0002")))
            .add(new Rule103())
            .build();
    Child bad = child(YEAR).childId(ChildId.of("C0003")).ethnicity(Optional.empty()).build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1), kid(2), bad));
    assertThat(report.findings()).extracting(Finding::ruleCode).containsExactly("103");
    RuleOutcome outcome = report.outcome("102").orElseThrow();
    assertThat(outcome).isInstanceOf(RuleOutcome.Errored.class);
    RuleOutcome.Errored errored = (RuleOutcome.Errored) outcome;
    assertThat(errored.children()).isEqualTo(1);
    assertThat(errored.firstError()).startsWith("java.lang.IllegalStateException at ").doesNotContain("C0002");
    assertThat(report.ruleErrors()).containsExactly(new RuleError("102", Optional.of(ChildId.of("C0002")), 1, errored.firstError()));
    assertThat(report.isValid()).isFalse();
  }

  /** Running out of memory is the run's failure, not a rule's: it is never reported as an errored rule. */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
  void runningOutOfMemoryInARuleEndsTheRun(int threads) {
    Rule exhausting = new Rule() {
      @Override
      public String code() {
        return "102";
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        if (child.childId().value().equals("C0002")) {
          throw new OutOfMemoryError("stand-in");
        }
      }
    };
    RuleSet set = RuleSet.builder(YEAR).add(exhausting).add(new Rule103()).build();
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
        () -> Validator.builder(set).parallelism(threads).build().validate(List.of(kid(1), kid(2), kid(3))));
    assertThat(thrown).isInstanceOf(OutOfMemoryError.class).hasMessage("stand-in");
  }

  @Test
  void everyOutcomeKind() {
    RuleSet set =
        RuleSet.builder(YEAR)
            .add(TestRules.header("101", c -> false))
            .add(TestRules.header("102", c -> true))
            .add(TestRules.needing("104", Requirement.PREVIOUS_YEAR))
            .add(TestRules.needing("105", Requirement.POSTCODE_DIRECTORY))
            .add(TestRules.needing("112", Requirement.PROVIDER_DIRECTORY, Requirement.PREVIOUS_YEAR))
            .add(TestRules.throwing("113", c -> true))
            .build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1)));
    assertThat(report.outcome("101")).contains(new RuleOutcome.Passed());
    assertThat(report.outcome("102")).contains(new RuleOutcome.Failed(1));
    assertThat(report.outcome("103")).contains(new RuleOutcome.Skipped("not implemented"));
    assertThat(report.outcome("104")).contains(new RuleOutcome.Skipped("needs the previous year's return"));
    assertThat(report.outcome("105")).contains(new RuleOutcome.Skipped("needs a postcode directory (reference data)"));
    assertThat(report.outcome("112")).contains(new RuleOutcome.Skipped("needs the previous year's return"));
    assertThat(report.outcome("113").orElseThrow()).isInstanceOf(RuleOutcome.Errored.class);
    assertThat(report.outcomes()).hasSameSizeAs(set.catalogue().rules());
    assertThat(report.outcomes().get("103").label()).isEqualTo("skipped");
  }

  @Test
  void outcomesListEveryCatalogueRuleInRuleCodeOrder() {
    ValidationReport report = Validator.forYear(YEAR).validate(List.of());
    List<String> codes = new ArrayList<>(report.outcomes().keySet());
    assertThat(codes).hasSize(RuleSet.forYear(YEAR).catalogue().rules().size());
    assertThat(codes).isSortedAccordingTo(io.github.cscreturns.validation.RuleCodes.ORDER);
    assertThat(report.checked()).isZero();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void notImplementedRulesAreNeverPassed() {
    ValidationReport report = Validator.forYear(YEAR).validate(List.of(kid(1)));
    RuleSet set = RuleSet.forYear(YEAR);
    for (String code : set.notImplemented()) {
      String reason = set.whyNotImplemented(code).map(why -> "not implemented: " + why).orElse("not implemented");
      assertThat(report.outcome(code)).contains(new RuleOutcome.Skipped(reason));
    }
  }

  @Test
  void aRuleNeedingThePreviousYearRunsWhenItIsSuppliedAndSeesTheSameChild() {
    RuleSet set = RuleSet.builder(YEAR).add(TestRules.previousYear("104")).build();
    List<Child> previous = List.of(kidWithEpisodes(1, 1), kidWithEpisodes(2, 2));
    List<Child> current = List.of(kidWithEpisodes(1, 1), kidWithEpisodes(2, 1), kidWithEpisodes(3, 5));
    ValidationReport report = Validator.builder(set).previousYear(previous).build().validate(current);
    assertThat(report.findings()).extracting(f -> f.childId().orElseThrow().value()).containsExactly("C0002");
    assertThat(report.outcome("104")).contains(new RuleOutcome.Failed(1));
  }

  @Test
  void theContextSaysWhetherThePreviousYearWasSupplied() {
    List<Boolean> seen = new ArrayList<>();
    Rule probe =
        new Rule() {
          @Override
          public String code() {
            return "101";
          }

          @Override
          public void check(Child child, RuleContext context, Flags flags) {
            seen.add(context.hasPreviousYear() && context.previous().isEmpty());
          }
        };
    RuleSet set = RuleSet.builder(YEAR).add(probe).build();
    Validator.builder(set).previousYear(List.of()).build().validate(List.of(kid(1)));
    Validator.builder(set).build().validate(List.of(kid(1)));
    assertThat(seen).containsExactly(true, false);
  }

  @Test
  void wholeReturnRulesFlagTheHeaderRowsOfTheChildrenInvolved() {
    RuleSet set = RuleSet.builder(YEAR).add(new RuleInt32()).add(TestRules.header("102", c -> true)).build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1), kid(2), kid(1)));
    assertThat(report.findings())
        .extracting(f -> f.childId().orElseThrow().value() + "/" + f.ruleCode() + "/" + f.recordIndex().orElseThrow())
        .containsExactly("C0001/102/0", "C0001/INT32/0", "C0002/102/1", "C0001/102/2", "C0001/INT32/2");
    assertThat(report.outcome("INT32")).contains(new RuleOutcome.Failed(2));
  }

  @Test
  void aWholeReturnRuleThatThrowsIsErroredAndTheRunGoesOn() {
    ReturnRule broken =
        new ReturnRule() {
          @Override
          public String code() {
            return "INT32";
          }

          @Override
          public Accumulator newAccumulator(RuleContext context) {
            return new Accumulator() {
              @Override
              public void accept(Child child, int ordinal) {
                if (ordinal == 1) {
                  throw new IllegalArgumentException();
                }
              }

              @Override
              public void finish(ReturnFlags flags) {
                flags.flagHeader(0);
              }
            };
          }
        };
    RuleSet set = RuleSet.builder(YEAR).add(broken).add(TestRules.header("102", c -> true)).build();
    ValidationReport report = Validator.builder(set).build().validate(List.of(kid(1), kid(2), kid(3)));
    assertThat(report.findings()).extracting(Finding::ruleCode).containsExactly("102", "102", "102");
    assertThat(report.outcome("INT32").orElseThrow()).isInstanceOf(RuleOutcome.Errored.class);
    assertThat(report.ruleErrors()).extracting(RuleError::ordinal).containsExactly(1);
  }

  @Test
  void aValidatorIsReusableAndGivesTheSameReportTwice() {
    RuleSet set = RuleSet.builder(YEAR).add(new Rule103()).add(new RuleInt32()).build();
    Validator validator = Validator.builder(set).parallelism(3).build();
    List<Child> children = new ArrayList<>();
    IntStream.range(0, 1000).forEach(i -> children.add(i % 7 == 0 ? child(YEAR).childId(ChildId.of("D" + i)).ethnicity(Optional.empty()).build() : kid(i % 900)));
    ValidationReport first = validator.validate(children);
    assertThat(validator.validate(children)).isEqualTo(first);
    assertThat(Validator.builder(set).build().validate(children)).isEqualTo(first);
    assertThat(first.findings()).isNotEmpty();
  }

  @Test
  void validatesAStreamWithoutHoldingIt() {
    RuleSet set = RuleSet.builder(YEAR).add(new Rule103()).build();
    Iterator<Child> stream =
        new Iterator<>() {
          int n;

          @Override
          public boolean hasNext() {
            return n < 5000;
          }

          @Override
          public Child next() {
            n++;
            return n % 1000 == 0 ? child(YEAR).ethnicity(Optional.empty()).build() : kid(n);
          }
        };
    ValidationReport report = Validator.builder(set).parallelism(2).build().validate(stream);
    assertThat(report.checked()).isEqualTo(5000);
    assertThat(report.findings()).extracting(f -> f.recordIndex().orElseThrow()).containsExactly(999, 1999, 2999, 3999, 4999);
  }

  @Test
  void parallelismMustBePositive() {
    assertThatThrownBy(() -> Validator.builder(RuleSet.forYear(YEAR)).parallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theRecordIndexIsCountedPerTableAcrossChildren() {
    RuleSet set = RuleSet.builder(YEAR).add(TestRules.episodes("143", e -> e.start().orElseThrow().getDayOfMonth() == 2)).build();
    ValidationReport report =
        Validator.builder(set).build().validate(List.of(kidWithEpisodes(1, 3), kidWithEpisodes(2, 1), kidWithEpisodes(3, 2)));
    assertThat(report.findings()).extracting(f -> f.recordIndex().orElseThrow()).containsExactly(1, 5);
    assertThat(report.findings().get(0).recordIndex()).isEqualTo(OptionalInt.of(1));
  }
}
