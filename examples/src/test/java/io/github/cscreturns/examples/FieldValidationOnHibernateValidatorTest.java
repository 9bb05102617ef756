package io.github.cscreturns.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.synthetic.ssda903.ValidChildren;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ssda903.FieldValidation;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bean Validation of single records on the Hibernate Validator line a supplier has: this module's
 * own (9.x) in the default test run, and 8.0 (the line Spring Boot 3 pins) in a Surefire execution
 * of its own that swaps the jar (see this module's pom). The line expected is the system property
 * {@code csc.hibernateValidatorLine}, so the test fails if the swap stops happening.
 */
class FieldValidationOnHibernateValidatorTest {
  private static final CollectionYear YEAR = CollectionYear.Y2024_25;

  @Test
  void theExpectedHibernateValidatorLineIsTheOneLoaded() throws Exception {
    Class<?> hv = Class.forName("org.hibernate.validator.HibernateValidator");
    String jar = java.nio.file.Path.of(hv.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
    String line = System.getProperty("csc.hibernateValidatorLine", "9");
    assertThat(jar).as("Hibernate Validator jar").startsWith("hibernate-validator-" + line + ".");
  }

  @Test
  void aRecordWithAnInvalidEthnicityIsReportedUnderRule103() {
    Child valid = ValidChildren.child(YEAR).build();
    assertThat(FieldValidation.forYear(YEAR).validate(valid)).isEmpty();

    Child bad = Child.builder().from(valid).ethnicity(Optional.empty()).unparsed(Map.of("ETHNIC", "WXYZ")).build();
    List<Finding> findings = FieldValidation.forYear(YEAR).validate(bad);
    assertThat(findings).extracting(Finding::ruleCode).containsExactly("103");
    assertThat(findings.get(0).fields()).containsExactly("ETHNIC");
  }
}
