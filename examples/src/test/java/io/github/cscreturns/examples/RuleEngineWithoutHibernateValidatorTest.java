package io.github.cscreturns.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.FieldValidation;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import org.junit.jupiter.api.Test;

/**
 * A supplier's application without Hibernate Validator (a Spring Boot application pinning another
 * line, say) can run the whole rule engine: Hibernate Validator is an optional dependency of the
 * validation module. Run by its own Surefire execution whose class path leaves Hibernate Validator
 * out (see this module's pom); the first test checks that it really is absent.
 */
class RuleEngineWithoutHibernateValidatorTest {
  @Test
  void hibernateValidatorIsNotOnTheClassPath() {
    assertThatThrownBy(() -> Class.forName("org.hibernate.validator.HibernateValidator"))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void theRuleEngineValidatesAReturnAndFindsItsFaults() {
    Ssda903Generator generator =
        Ssda903Generator.builder(CollectionYear.Y2024_25).seed(3).children(200).la(LaCode.of("886")).build();
    Ssda903Return thisYear = generator.generate();
    Validator validator =
        Validator.builder(RuleSet.forYear(thisYear.year()))
            .la(LaCode.of("886"))
            .previousYear(generator.generatePreviousYear().orElseThrow().children())
            .build();

    ValidationReport valid = validator.validate(thisYear);
    assertThat(valid.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    assertThat(valid.outcomes()).isNotEmpty();

    // A child without a sex breaks rule 101 (a code that is not valid): the engine reports it.
    var child = thisYear.children().get(0);
    var broken = io.github.cscreturns.core.ssda903.Child.builder().from(child).sex(java.util.Optional.empty()).build();
    ValidationReport report = validator.validate(java.util.List.of(broken));
    assertThat(report.findings()).anyMatch(f -> f.severity() == Severity.ERROR);
  }

  @Test
  void fieldValidationSaysWhatItNeeds() {
    assertThatThrownBy(() -> FieldValidation.forYear(CollectionYear.Y2024_25))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("org.hibernate.validator:hibernate-validator");
  }
}
