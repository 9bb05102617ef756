package io.github.cscreturns.examples;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.time.LocalDate;
import java.util.List;

/**
 * Validates two children against the DfE's 2024-25 rules and the local rules of every provider found
 * ({@link UpnRequiredLocally} here), and prints the local rule's findings and outcome.
 */
public final class ValidateWithALocalRule {
  private ValidateWithALocalRule() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    RuleSet rules = RuleSet.forYearWithProviders(CollectionYear.Y2024_25);
    Child withUpn = Child.builder().childId(ChildId.of("C1")).sex(Sex.F).dob(LocalDate.of(2012, 7, 9))
        .ethnicity(Ethnicity.WBRI).upn(Upn.of("A123456789012")).build();
    Child withoutUpn = Child.builder().childId(ChildId.of("C2")).sex(Sex.M).dob(LocalDate.of(2013, 2, 1))
        .ethnicity(Ethnicity.WBRI).build();
    ValidationReport report = Validator.builder(rules).build().validate(List.of(withUpn, withoutUpn));
    System.out.println("Local rules: " + rules.localRules().stream().map(m -> m.code()).toList());
    for (Finding f : report.findings()) {
      if (f.isLocal()) {
        System.out.println(f.ruleCode() + " " + f.severity().label() + " child " + f.childId().orElseThrow().value() + ": " + f.message());
      }
    }
    System.out.println("LA-UPN1 outcome: " + report.outcome("LA-UPN1").orElseThrow().label());
    System.out.println("DfE rules run: " + report.rulesRun() + " of " + report.cataloguedRules());
  }
}
