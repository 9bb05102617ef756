package io.github.cscreturns.serialization.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.serialization.json.CinJson;
import io.github.cscreturns.synthetic.cin.CinGenerator;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CIN census JSON loses nothing: writing a return as JSON and reading it back gives the same return,
 * for generated returns of every year the generator covers, for seeded returns whose items are typed,
 * missing or text kept unparsed, and for returns read from small XML files with bad input (unparsed
 * items, missing elements, self-closing and empty groups), which also write the same XML again after
 * the trip through JSON. A failure names its seed (and year or size).
 */
class CinJsonRoundTripProperties {

  static Stream<Arguments> generatedReturns() {
    List<CollectionYear> years = Stream.of(CollectionYear.values()).filter(CinGenerator::covers).toList();
    return SeededProperty.seeds(40).mapToObj(seed -> Arguments.of(seed, years.get((int) (seed % years.size()))));
  }

  @ParameterizedTest(name = "seed {0}, {1}")
  @MethodSource("generatedReturns")
  void aGeneratedReturnWrittenAsJsonAndReadIsTheSameReturn(long seed, CollectionYear year) {
    CinReturn cin = CinGenerator.builder(year).seed(seed).children(40).la(LaCode.of("886")).build().generate();
    assertJsonRoundTrip(cin);
  }

  static Stream<Object[]> seededReturns() {
    return SeededProperty.seedsAndSizes(200, 8);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("seededReturns")
  void aSeededReturnWithUnparsedAndMissingItemsWrittenAsJsonAndReadIsTheSameReturn(long seed, int size) {
    SeededProperty.check(seed, size, CinXmlRoundTripProperties::aReturn, CinJsonRoundTripProperties::assertJsonRoundTrip);
  }

  /** Small CIN files with bad input, each laid out as the XML writer lays it out. */
  static Stream<Arguments> badInput() {
    return Stream.of(
        Arguments.of("unparsed items", message("""
                <Header>
                  <CollectionDetails>
                    <Collection>cin</Collection>
                    <Year>24</Year>
                    <ReferenceDate>31/03/2024</ReferenceDate>
                  </CollectionDetails>
                  <Source>
                    <SourceLevel>L</SourceLevel>
                    <DateTime>yesterday</DateTime>
                  </Source>
                </Header>
                <Children>
                  <Child>
                    <ChildIdentifiers>
                      <LAchildID>B1</LAchildID>
                      <PersonBirthDate>2015-6-1</PersonBirthDate>
                      <GenderCurrent>M</GenderCurrent>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                      <Ethnicity>wbri</Ethnicity>
                      <Disabilities>
                        <Disability>MOB </Disability>
                        <Disability>HEAR</Disability>
                      </Disabilities>
                    </ChildCharacteristics>
                    <CINdetails>
                      <CINreferralDate>2023-02-30</CINreferralDate>
                      <ReferralSource>1a</ReferralSource>
                      <PrimaryNeedCode>N4 </PrimaryNeedCode>
                      <ReferralNFA>yes</ReferralNFA>
                      <ChildProtectionPlans>
                        <CPPstartDate>2023-07-01</CPPstartDate>
                        <InitialCategoryOfAbuse>neg</InitialCategoryOfAbuse>
                        <NumberOfPreviousCPP>01</NumberOfPreviousCPP>
                        <Reviews>
                          <CPPreviewDate>2023-08-01</CPPreviewDate>
                          <CPPreviewDate>1/9/2023</CPPreviewDate>
                        </Reviews>
                      </ChildProtectionPlans>
                    </CINdetails>
                  </Child>
                </Children>
            """)),
        Arguments.of("self-closing and empty elements", message("""
                <Header>
                  <CollectionDetails>
                  </CollectionDetails>
                  <Source>
                  </Source>
                </Header>
                <Children>
                  <Child>
                    <ChildIdentifiers>
                      <LAchildID>B2</LAchildID>
                      <UPN/>
                      <PersonBirthDate/>
                    </ChildIdentifiers>
                    <ChildCharacteristics>
                      <Ethnicity/>
                      <Disabilities/>
                    </ChildCharacteristics>
                    <CINdetails>
                      <CINreferralDate>2024-01-02</CINreferralDate>
                      <Assessments>
                        <AssessmentActualStartDate>2024-01-03</AssessmentActualStartDate>
                        <FactorsIdentifiedAtAssessment/>
                      </Assessments>
                      <Section47>
                        <S47ActualStartDate/>
                      </Section47>
                      <ChildProtectionPlans>
                        <CPPstartDate>2024-01-05</CPPstartDate>
                        <Reviews/>
                      </ChildProtectionPlans>
                    </CINdetails>
                  </Child>
                </Children>
            """)),
        Arguments.of("missing elements and bare factors", message("""
                <Children>
                  <Child>
                    <ChildCharacteristics>
                      <Ethnicity>Q&amp;A &lt;1&gt;</Ethnicity>
                    </ChildCharacteristics>
                  </Child>
                  <Child>
                    <ChildIdentifiers>
                      <LAchildID>B3</LAchildID>
                    </ChildIdentifiers>
                    <CINdetails>
                      <Assessments>
                        <AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate>
                        <AssessmentFactors>1C</AssessmentFactors>
                        <AssessmentFactors>2A </AssessmentFactors>
                      </Assessments>
                    </CINdetails>
                  </Child>
                  <Child>
                    <ChildIdentifiers>
                      <LAchildID>B4</LAchildID>
                    </ChildIdentifiers>
                  </Child>
                </Children>
            """)));
  }

  private static String message(String body) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n" + body.stripTrailing().indent(-2) + "</Message>\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badInput")
  void aReturnReadFromBadInputSurvivesJsonAndWritesTheSameXmlAgain(String name, String xml) {
    byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
    CinReturn read = CinXml.read(new ByteArrayInputStream(bytes), "bad.xml");
    // the file is as the XML writer writes it, so the check below is on the JSON alone
    assertThat(new String(write(read), StandardCharsets.UTF_8)).isEqualTo(xml);
    CinReturn back = assertJsonRoundTrip(read);
    assertThat(new String(write(back), StandardCharsets.UTF_8)).isEqualTo(xml);
  }

  private static CinReturn assertJsonRoundTrip(CinReturn cin) {
    String json = CinJson.writeReturn(cin);
    CinReturn back = CinJson.readReturn(json);
    assertThat(back).isEqualTo(cin);
    assertThat(CinJson.writeReturn(back)).isEqualTo(json);
    StringWriter streamed = new StringWriter();
    try {
      assertThat(CinJson.writeReturn(cin.header(), cin.children().iterator(), streamed)).isEqualTo(cin.children().size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(streamed.toString()).isEqualTo(json);
    for (CinChild child : cin.children()) {
      assertThat(CinJson.read(CinJson.write(child))).isEqualTo(child);
    }
    return back;
  }

  private static byte[] write(CinReturn cin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CinXml.write(out, cin);
    return out.toByteArray();
  }
}
