package io.github.cscreturns.examples;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.serialization.cin.CinChildReader;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.validation.ValidationReport;
import io.github.cscreturns.validation.cin.CinValidator;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Generates a synthetic 2023-24 CIN census return of 1,000 children, writes it as the DfE's XML,
 * reads it back, says what it holds, and validates it with the year's DfE CIN rules, streaming.
 */
public final class GenerateACinReturn {
  private GenerateACinReturn() {}

  /**
   * Runs the example.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    CinGenerator generator =
        CinGenerator.builder(CollectionYear.Y2023_24).seed(7).children(1_000).la(LaCode.of("886")).build();
    CinReturn cin = generator.generate();

    ByteArrayOutputStream xml = new ByteArrayOutputStream();
    CinXml.write(xml, cin);
    CinReturn read = CinXml.read(new ByteArrayInputStream(xml.toByteArray()), "cin.xml");

    System.out.println("Children: " + read.children().size() + ", in need at 31 March: " + read.childrenOpenAtReferenceDate().size());
    System.out.println("Read back equal: " + read.equals(cin));

    // Validation streams one child at a time; the report has the shape of the SSDA903 one.
    try (CinChildReader children = CinXml.reader(new ByteArrayInputStream(xml.toByteArray()), "cin.xml")) {
      ValidationReport report = CinValidator.forYear(CollectionYear.Y2023_24).validate(children.header(), children);
      System.out.println("Errors: " + report.errorCount() + ", rules run: " + report.rulesRun() + " of " + report.cataloguedRules());
    }
  }
}
