package io.github.cscreturns.validation.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every implemented rule of every year's set has its own test class beside it ({@code Rule103} →
 * {@code Rule103Test}) with a test making it fire ({@code fires…}) and one showing it silent on valid
 * data ({@code silent…}); and the baseline child of {@link RuleTester} stays valid as rules land.
 */
class RuleTestCoverageTest {
  private static final String RULES = "io.github.cscreturns.validation.ssda903.internal.rules.";

  static List<CollectionYear> years() {
    return RuleCatalogue.years();
  }

  /** Implementation class by code, over every year's set. */
  private static Map<String, Class<?>> implementations() {
    Map<String, Class<?>> byCode = new TreeMap<>();
    for (CollectionYear year : years()) {
      RuleSet set = RuleSet.forYear(year);
      set.rules().forEach(r -> byCode.put(year.label() + " " + r.code(), r.getClass()));
      set.returnRules().forEach(r -> byCode.put(year.label() + " " + r.code(), r.getClass()));
    }
    return byCode;
  }

  @Test
  void everyImplementedRuleIsNamedAfterItsCodeAndHasATestThatFiresAndOneThatIsSilent() {
    List<String> problems = new ArrayList<>();
    implementations().forEach((yearAndCode, impl) -> {
      String code = yearAndCode.substring(yearAndCode.indexOf(' ') + 1);
      String simple = impl.getSimpleName();
      if (!simple.equalsIgnoreCase("Rule" + code) || !impl.getName().equals(RULES + simple)) {
        problems.add(yearAndCode + ": implemented by " + impl.getName() + ", expected " + RULES + "Rule" + code);
        return;
      }
      Class<?> test;
      try {
        test = Class.forName(impl.getName() + "Test");
      } catch (ClassNotFoundException e) {
        problems.add(yearAndCode + ": no test class " + impl.getName() + "Test");
        return;
      }
      List<String> methods = Arrays.stream(test.getDeclaredMethods()).map(Method::getName).toList();
      if (methods.stream().noneMatch(m -> m.startsWith("fires"))) {
        problems.add(yearAndCode + ": " + test.getSimpleName() + " has no method starting with 'fires'");
      }
      if (methods.stream().noneMatch(m -> m.startsWith("silent"))) {
        problems.add(yearAndCode + ": " + test.getSimpleName() + " has no method starting with 'silent'");
      }
    });
    assertThat(problems).as("rules without both kinds of test").isEmpty();
    assertThat(implementations()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("years")
  void theBaselineChildPassesEveryImplementedRuleOfTheYear(CollectionYear year) {
    var child = RuleTester.child(year).build();
    for (Validator validator :
        List.of(
            Validator.forYear(year),
            Validator.builder(RuleSet.forYear(year)).previousYear(List.of()).build())) {
      ValidationReport report = validator.validate(List.of(child));
      assertThat(report.findings()).extracting(Finding::ruleCode).as("rules firing on the baseline child").isEmpty();
      assertThat(report.ruleErrors()).as("rules throwing on the baseline child").isEmpty();
    }
  }
}
