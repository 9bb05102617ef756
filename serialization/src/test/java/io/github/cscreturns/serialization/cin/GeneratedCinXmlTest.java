package io.github.cscreturns.serialization.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated CIN returns written as the DfE's XML: valid against the year's schema (2016-17 to
 * 2023-24, CIN_schema_&lt;end year&gt;.xsd in the spec; there is none from 2024-25, when Sex replaced
 * GenderCurrent), read back equal, and the same bytes for the same seed, year and size.
 */
class GeneratedCinXmlTest {

  static Stream<CollectionYear> years() {
    return Stream.of(CollectionYear.values()).filter(CinGenerator::covers);
  }

  static Stream<Arguments> yearsWithASchema() {
    return years().filter(y -> Files.exists(schemaFile(y))).flatMap(y -> Stream.of(1L, 2L, 3L).map(s -> Arguments.of(y, s)));
  }

  private static Path schemaFile(CollectionYear year) {
    return SpecFiles.file("cin/CIN_schema_" + year.endYear() + ".xsd");
  }

  private static CinReturn generate(CollectionYear year, long seed, int size) {
    return CinGenerator.builder(year).seed(seed).children(size).la(LaCode.of("886")).build().generate();
  }

  private static byte[] write(CinReturn cin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CinXml.write(out, cin);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("yearsWithASchema")
  void aGeneratedReturnIsValidAgainstItsYearsSchema(CollectionYear year, long seed) throws Exception {
    byte[] xml = write(generate(year, seed, 1_000));
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    Schema schema = factory.newSchema(schemaFile(year).toFile());
    Validator validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
  }

  @ParameterizedTest
  @MethodSource("years")
  void everyYearHasASchemaUpTo2023To24AndTheTestSeesIt(CollectionYear year) {
    assertThat(Files.exists(schemaFile(year))).as(year.label()).isEqualTo(!year.isEqualOrNewerThan(CollectionYear.Y2024_25));
  }

  @ParameterizedTest
  @MethodSource("years")
  void aGeneratedReturnWrittenAndReadIsEqualAndWritesTheSameBytes(CollectionYear year) {
    CinReturn cin = generate(year, 9, 500);
    byte[] xml = write(cin);
    CinReturn read = CinXml.read(new ByteArrayInputStream(xml), "generated.xml");
    assertThat(read).isEqualTo(cin);
    assertThat(write(read)).isEqualTo(xml);
    assertThat(write(generate(year, 9, 500))).isEqualTo(xml);
    assertThat(write(generate(year, 10, 500))).isNotEqualTo(xml);
    String text = new String(xml, StandardCharsets.UTF_8);
    assertThat(text).contains(year.isEqualOrNewerThan(CollectionYear.Y2024_25) ? "<Sex>" : "<GenderCurrent>")
        .doesNotContain(year.isEqualOrNewerThan(CollectionYear.Y2024_25) ? "<GenderCurrent>" : "<Sex>");
  }
}
