package io.github.cscreturns.validation.ssda903;

import static io.github.cscreturns.validation.ssda903.RuleTester.child;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.RuleError;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules that throw: every throwable is the rule's error for that child, and the list of errors keeps the end-of-run ones. */
class ValidatorErrorsTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private static List<Child> children(int n) {
    List<Child> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      list.add(child(YEAR).childId(ChildId.of(String.format("C%05d", i))).build());
    }
    return list;
  }

  private static Rule throwing(String code, Throwable t) {
    return new Rule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public void check(Child child, RuleContext context, Flags flags) {
        sneaky(t);
      }
    };
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> void sneaky(Throwable t) throws T {
    throw (T) t;
  }

  /** A whole-return rule that fails when the run ends. */
  private static ReturnRule failingAtTheEnd(String code) {
    return new ReturnRule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Accumulator newAccumulator(RuleContext context) {
        return new Accumulator() {
          @Override
          public void accept(Child child, int ordinal) {}

          @Override
          public void finish(ReturnFlags flags) {
            throw new IllegalStateException("end of run");
          }
        };
      }
    };
  }

  /** A whole-return rule that fails on the child at the given position. */
  private static ReturnRule failingOnChild(String code, int at) {
    return new ReturnRule() {
      @Override
      public String code() {
        return code;
      }

      @Override
      public Accumulator newAccumulator(RuleContext context) {
        return new Accumulator() {
          @Override
          public void accept(Child child, int ordinal) {
            if (ordinal == at) {
              throw new IllegalArgumentException("child " + ordinal);
            }
          }

          @Override
          public void finish(ReturnFlags flags) {}
        };
      }
    };
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void anErrorThrownByARuleIsThatRulesErrorWithoutItsMessageAndTheRunGoesOn(int parallelism) {
    RuleSet set = RuleSet.builder(YEAR)
        .add(throwing("102", new AssertionError("C00001 born 01/02/2010")))
        // any Error but running out of memory, which ends the run (ValidatorTest)
        .add(throwing("103", new StackOverflowError("Smith&Sons")))
        .add(TestRules.header("105", c -> true))
        .build();
    ValidationReport report = Validator.builder(set).parallelism(parallelism).build().validate(children(600));
    assertThat(report.checked()).isEqualTo(600);
    assertThat(report.findings()).hasSize(600).allMatch(f -> f.ruleCode().equals("105"));
    RuleOutcome.Errored e102 = (RuleOutcome.Errored) report.outcome("102").orElseThrow();
    assertThat(e102.children()).isEqualTo(600);
    assertThat(e102.firstError()).startsWith("java.lang.AssertionError").doesNotContain("C00001").doesNotContain("2010");
    assertThat(report.ruleErrors()).allMatch(r -> !r.error().contains("Smith"));
    assertThat(report.isValid()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void endOfRunErrorsAreListedHoweverManyChildrenErrored(int parallelism) {
    RuleSet set = RuleSet.builder(YEAR)
        .add(throwing("102", new IllegalStateException()))
        .add(failingAtTheEnd("INT32"))
        .build();
    int n = Validator.MAX_RULE_ERRORS + 50;
    ValidationReport report = Validator.builder(set).parallelism(parallelism).build().validate(children(n));
    List<RuleError> listed = report.ruleErrors();
    assertThat(listed).hasSize(Validator.MAX_RULE_ERRORS + 1);
    assertThat(listed.subList(0, Validator.MAX_RULE_ERRORS)).allMatch(r -> r.ruleCode().equals("102"));
    assertThat(listed.subList(0, Validator.MAX_RULE_ERRORS)).extracting(RuleError::ordinal).isSorted();
    assertThat(listed.get(listed.size() - 1).ruleCode()).isEqualTo("INT32");
    assertThat(listed.get(listed.size() - 1).ordinal()).isNegative();
    assertThat(((RuleOutcome.Errored) report.outcome("102").orElseThrow()).children()).isEqualTo(n);
    assertThat(report.outcome("INT32").orElseThrow()).isInstanceOf(RuleOutcome.Errored.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2})
  void aWholeReturnRulesErrorOnALateChildIsListedAfterTheFirstThousandPerChildErrors(int parallelism) {
    int n = Validator.MAX_RULE_ERRORS + 50;
    RuleSet set = RuleSet.builder(YEAR)
        .add(throwing("102", new IllegalStateException()))
        .add(failingOnChild("INT32", n - 1))
        .add(failingAtTheEnd("INT33"))
        .build();
    ValidationReport report = Validator.builder(set).parallelism(parallelism).build().validate(children(n));
    List<RuleError> listed = report.ruleErrors();
    assertThat(listed).hasSize(Validator.MAX_RULE_ERRORS + 2);
    assertThat(listed.subList(0, Validator.MAX_RULE_ERRORS)).allMatch(r -> r.ruleCode().equals("102"));
    RuleError onChild = listed.get(Validator.MAX_RULE_ERRORS);
    assertThat(onChild.ruleCode()).isEqualTo("INT32");
    assertThat(onChild.ordinal()).isEqualTo(n - 1);
    assertThat(onChild.childId()).contains(ChildId.of(String.format("C%05d", n - 1)));
    assertThat(onChild.error()).startsWith("java.lang.IllegalArgumentException").doesNotContain("child");
    assertThat(listed.get(listed.size() - 1).ruleCode()).isEqualTo("INT33");
    assertThat(((RuleOutcome.Errored) report.outcome("INT32").orElseThrow()).children()).isEqualTo(1);
  }
}
