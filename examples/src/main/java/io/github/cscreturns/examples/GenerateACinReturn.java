package io.github.cscreturns.examples;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.serialization.cin.CinXml;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * Generates a synthetic 2023-24 CIN census return of 1,000 children, writes it as the DfE's XML,
 * reads it back and says what it holds.
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
  }
}
