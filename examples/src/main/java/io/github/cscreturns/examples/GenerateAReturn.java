package io.github.cscreturns.examples;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Ssda903Return;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.serialization.ssda903.Ssda903XmlWriter;
import io.github.cscreturns.synthetic.ssda903.Ssda903Generator;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.ssda903.RuleSet;
import io.github.cscreturns.validation.ssda903.Validator;
import java.io.ByteArrayOutputStream;

/**
 * Generates a synthetic 2024-25 return of 500 children with its previous year, validates it against
 * the year's rules with last year's return, and writes it as DfE XML.
 */
public final class GenerateAReturn {
  private GenerateAReturn() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Ssda903Generator generator =
        Ssda903Generator.builder(CollectionYear.Y2024_25).seed(7).children(500).la(LaCode.of("886")).build();
    Ssda903Return thisYear = generator.generate();
    Ssda903Return lastYear = generator.generatePreviousYear().orElseThrow();

    ValidationReport report =
        Validator.builder(RuleSet.forYear(thisYear.year()))
            .la(LaCode.of("886"))
            .previousYear(lastYear.children())
            .build()
            .validate(thisYear);
    long errors = report.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();

    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    try (Ssda903XmlWriter writer = Ssda903Xml.writer(xml, thisYear.year())) {
      writer.writeAll(thisYear.children());
    }
    System.out.println("Children this year: " + thisYear.children().size() + ", last year: " + lastYear.children().size());
    System.out.println("Error findings: " + errors);
    System.out.println("XML written: " + (xml.size() > 0));
  }
}
