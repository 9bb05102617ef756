package io.github.cscreturns.serialization.cin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CinXmlTest {

  /**
   * A small return laid out as the writer lays it out (schema order, two-space indent), so that
   * writing what was read gives the same bytes. Child 1 is valid; child 2 holds text that does not
   * parse, blank and self-closing items, and empty groups; child 3 has no ChildIdentifiers.
   */
  static final String SAMPLE =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <Message>
        <Header>
          <CollectionDetails>
            <Collection>CIN</Collection>
            <Year>2024</Year>
            <ReferenceDate>2024-03-31</ReferenceDate>
          </CollectionDetails>
          <Source>
            <SourceLevel>L</SourceLevel>
            <LEA>201</LEA>
            <SoftwareCode>Local Authority</SoftwareCode>
            <Release>ver 3.1.21</Release>
            <SerialNo>001</SerialNo>
            <DateTime>2024-05-23T11:14:05</DateTime>
          </Source>
        </Header>
        <Children>
          <Child>
            <ChildIdentifiers>
              <LAchildID>SYN001</LAchildID>
              <UPN>A123456789012</UPN>
              <PersonBirthDate>2015-06-01</PersonBirthDate>
              <GenderCurrent>1</GenderCurrent>
            </ChildIdentifiers>
            <ChildCharacteristics>
              <Ethnicity>WBRI</Ethnicity>
              <Disabilities>
                <Disability>MOB</Disability>
                <Disability>HEAR</Disability>
              </Disabilities>
            </ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2023-05-10</CINreferralDate>
              <ReferralSource>1A</ReferralSource>
              <PrimaryNeedCode>N1</PrimaryNeedCode>
              <CINclosureDate>2024-02-20</CINclosureDate>
              <ReasonForClosure>RC1</ReasonForClosure>
              <DateOfInitialCPC>2023-06-01</DateOfInitialCPC>
              <Assessments>
                <AssessmentActualStartDate>2023-05-11</AssessmentActualStartDate>
                <AssessmentAuthorisationDate>2023-06-20</AssessmentAuthorisationDate>
                <FactorsIdentifiedAtAssessment>
                  <AssessmentFactors>2A</AssessmentFactors>
                  <AssessmentFactors>21</AssessmentFactors>
                </FactorsIdentifiedAtAssessment>
              </Assessments>
              <CINPlanDates>
                <CINPlanStartDate>2023-06-21</CINPlanStartDate>
                <CINPlanEndDate>2024-02-20</CINPlanEndDate>
              </CINPlanDates>
              <Section47>
                <S47ActualStartDate>2023-05-12</S47ActualStartDate>
                <InitialCPCtarget>2023-06-02</InitialCPCtarget>
                <DateOfInitialCPC>2023-06-01</DateOfInitialCPC>
                <ICPCnotRequired>false</ICPCnotRequired>
              </Section47>
              <ReferralNFA>false</ReferralNFA>
              <ChildProtectionPlans>
                <CPPstartDate>2023-06-01</CPPstartDate>
                <CPPendDate>2024-01-15</CPPendDate>
                <InitialCategoryOfAbuse>NEG</InitialCategoryOfAbuse>
                <LatestCategoryOfAbuse>EMO</LatestCategoryOfAbuse>
                <NumberOfPreviousCPP>0</NumberOfPreviousCPP>
                <Reviews>
                  <CPPreviewDate>2023-08-01</CPPreviewDate>
                  <CPPreviewDate>2023-11-01</CPPreviewDate>
                </Reviews>
              </ChildProtectionPlans>
            </CINdetails>
          </Child>
          <Child>
            <ChildIdentifiers>
              <LAchildID>SYN002</LAchildID>
              <UPN/>
              <PersonBirthDate>01/06/2015</PersonBirthDate>
              <Sex>m</Sex>
            </ChildIdentifiers>
            <ChildCharacteristics>
              <Ethnicity>WBRI </Ethnicity>
              <Disabilities/>
            </ChildCharacteristics>
            <CINdetails>
              <CINreferralDate>2023-5-10</CINreferralDate>
              <ReferralSource>1a</ReferralSource>
              <Assessments>
                <AssessmentActualStartDate>2023-06-01</AssessmentActualStartDate>
                <AssessmentFactors>1C</AssessmentFactors>
              </Assessments>
              <ReferralNFA>yes</ReferralNFA>
              <ChildProtectionPlans>
                <CPPstartDate>2023-07-01</CPPstartDate>
                <NumberOfPreviousCPP>01</NumberOfPreviousCPP>
                <Reviews/>
              </ChildProtectionPlans>
            </CINdetails>
            <CINdetails>
              <CINreferralDate>2024-01-02</CINreferralDate>
              <ReferralNFA>true</ReferralNFA>
            </CINdetails>
          </Child>
          <Child>
            <ChildCharacteristics>
              <Ethnicity>Q&amp;A &lt;1&gt;</Ethnicity>
            </ChildCharacteristics>
          </Child>
        </Children>
      </Message>
      """;

  static byte[] bytes(String xml) {
    return xml.getBytes(StandardCharsets.UTF_8);
  }

  static CinReturn read(byte[] xml) {
    return CinXml.read(new ByteArrayInputStream(xml), "test.xml");
  }

  static CinReturn read(String xml) {
    return read(bytes(xml));
  }

  static byte[] write(CinReturn cin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CinXml.write(out, cin);
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- reading

  @Test
  void readsTheHeader() {
    CinHeader h = read(SAMPLE).header().orElseThrow();
    assertThat(h.collection()).contains(CollectionName.CODESET.parse("CIN").orElseThrow());
    assertThat(h.year()).contains("2024");
    assertThat(h.referenceDate()).contains(LocalDate.of(2024, 3, 31));
    assertThat(h.lea()).contains("201");
    assertThat(h.serialNo()).contains("001");
    assertThat(h.dateTime()).contains(LocalDateTime.of(2024, 5, 23, 11, 14, 5));
    assertThat(h.unparsed()).isEmpty();
    assertThat(h.collectionDetailsWritten()).isTrue();
    assertThat(h.sourceWritten()).isTrue();
  }

  @Test
  void readsEachChildWithItsEpisodesAndTheirGroups() {
    List<CinChild> children = read(SAMPLE).children();
    assertThat(children).hasSize(3);

    CinChild first = children.get(0);
    assertThat(first.childIdText()).isEqualTo("SYN001");
    assertThat(first.identifiers().upn().orElseThrow().value()).isEqualTo("A123456789012");
    assertThat(first.identifiers().birthDate()).contains(LocalDate.of(2015, 6, 1));
    assertThat(first.identifiers().genderCurrent()).contains(GenderCurrent.MALE);
    assertThat(first.identifiers().unparsed()).isEmpty();
    assertThat(first.disabilities()).extracting(d -> d.disability().orElseThrow()).containsExactly(Disability.MOBILITY, Disability.HEARING);

    CinDetails episode = first.cinDetails().get(0);
    assertThat(episode.referralDate()).contains(LocalDate.of(2023, 5, 10));
    assertThat(episode.referralSource()).contains(ReferralSource.INDIVIDUAL_FAMILY_MEMBER_1A);
    assertThat(episode.primaryNeed()).contains(PrimaryNeed.ABUSE_OR_NEGLECT);
    assertThat(episode.referralNfa()).contains(YesNo.FALSE);
    assertThat(episode.unparsed()).isEmpty();

    Assessment a = episode.assessments().get(0);
    assertThat(a.startDate()).contains(LocalDate.of(2023, 5, 11));
    assertThat(a.internalReviewDate()).isEmpty();
    assertThat(a.factorTexts()).containsExactly("2A", "21");
    assertThat(a.factorsGroupWritten()).isTrue();

    assertThat(episode.cinPlanDates().get(0).endDate()).contains(LocalDate.of(2024, 2, 20));
    assertThat(episode.section47().get(0).icpcNotRequired()).contains(YesNo.FALSE);

    ChildProtectionPlan plan = episode.childProtectionPlans().get(0);
    assertThat(plan.initialCategoryOfAbuse()).contains(CategoryOfAbuse.NEGLECT);
    assertThat(plan.latestCategoryOfAbuse()).contains(CategoryOfAbuse.EMOTIONAL_ABUSE);
    assertThat(plan.numberOfPreviousPlans()).hasValue(0);
    assertThat(plan.reviews()).hasSize(1);
    assertThat(plan.reviews().get(0).reviewDates()).containsExactly(LocalDate.of(2023, 8, 1), LocalDate.of(2023, 11, 1));

    assertThat(children.get(1).cinDetails()).hasSize(2);
    assertThat(children.get(1).cinDetails().get(1).referralNfa()).contains(YesNo.TRUE);
  }

  @Test
  void textThatIsNotTheDfesSpellingIsKeptAsWritten() {
    CinChild second = read(SAMPLE).children().get(1);
    // an empty element is blank text, told apart from a missing one
    assertThat(second.identifiers().upn()).isEmpty();
    assertThat(second.identifiers().unparsed("UPN")).contains("");
    assertThat(second.identifiers().unparsed("FormerUPN")).isEmpty();
    // a date not written yyyy-MM-dd, a code in the wrong case
    assertThat(second.identifiers().birthDate()).isEmpty();
    assertThat(second.identifiers().unparsed("PersonBirthDate")).contains("01/06/2015");
    assertThat(second.identifiers().sex()).isEmpty();
    assertThat(second.identifiers().unparsed("Sex")).contains("m");
    // a code with a trailing space is not the code
    assertThat(second.characteristics().orElseThrow().ethnicity()).isEmpty();
    assertThat(second.characteristics().orElseThrow().unparsed("Ethnicity")).contains("WBRI ");

    CinDetails episode = second.cinDetails().get(0);
    assertThat(episode.referralDate()).isEmpty();
    assertThat(episode.unparsed())
        .containsEntry("CINreferralDate", "2023-5-10")
        .containsEntry("ReferralSource", "1a")
        .containsEntry("ReferralNFA", "yes");
    // a count with a leading zero
    ChildProtectionPlan plan = episode.childProtectionPlans().get(0);
    assertThat(plan.numberOfPreviousPlans()).isEmpty();
    assertThat(plan.unparsed("NumberOfPreviousCPP")).contains("01");
  }

  @Test
  void groupsAreKeptAsWritten() {
    List<CinChild> children = read(SAMPLE).children();
    CinChild second = children.get(1);
    assertThat(second.disabilitiesGroupWritten()).isTrue();
    assertThat(second.disabilities()).isEmpty();
    Assessment bare = second.cinDetails().get(0).assessments().get(0);
    assertThat(bare.factorsWrittenBare()).isTrue();
    assertThat(bare.factorsGroupWritten()).isFalse();
    assertThat(bare.factorTexts()).containsExactly("1C");
    assertThat(second.cinDetails().get(0).childProtectionPlans().get(0).reviews().get(0).reviewDateTexts()).isEmpty();

    CinChild third = children.get(2);
    assertThat(third.identifiersRecorded()).isFalse();
    assertThat(third.cinDetails()).isEmpty();
    assertThat(third.characteristics().orElseThrow().unparsed("Ethnicity")).contains("Q&A <1>");
  }

  @Test
  void recordsKnowWhereTheyCameFrom() {
    List<CinChild> children = read(SAMPLE).children();
    List<String> lines = SAMPLE.lines().toList();
    var episode = children.get(1).cinDetails().get(1).source().orElseThrow();
    assertThat(episode.file()).contains("test.xml");
    assertThat(episode.elementPath()).contains("/Message/Children/Child[2]/CINdetails[2]");
    assertThat(episode.recordIndex()).hasValue(2); // the 3rd CINdetails of the file
    assertThat(lines.get(episode.line().getAsInt() - 1)).contains("<CINdetails>");

    var child = children.get(2).source().orElseThrow();
    assertThat(child.elementPath()).contains("/Message/Children/Child[3]");
    assertThat(child.recordIndex()).hasValue(2);
    assertThat(lines.get(child.line().getAsInt() - 1)).contains("<Child>");

    var disability = children.get(0).disabilities().get(1).source().orElseThrow();
    assertThat(disability.elementPath()).contains("/Message/Children/Child[1]/ChildCharacteristics/Disabilities/Disability[2]");
  }

  @Test
  void aReturnWithoutHeaderReadsWithNone() {
    CinReturn cin = read("<Message><Children><Child><ChildIdentifiers><LAchildID>A</LAchildID></ChildIdentifiers></Child></Children></Message>");
    assertThat(cin.header()).isEmpty();
    assertThat(cin.children()).extracting(CinChild::childIdText).containsExactly("A");
  }

  @Test
  void elementsMayComeInAnyOrderInsideTheirGroup() {
    CinReturn cin = read(
        "<Message><Children><Child><CINdetails><ReferralNFA>0</ReferralNFA><CINreferralDate>2024-01-02</CINreferralDate></CINdetails>"
            + "<ChildIdentifiers><Sex>F</Sex><LAchildID>A</LAchildID></ChildIdentifiers></Child></Children></Message>");
    CinChild c = cin.children().get(0);
    assertThat(c.identifiers().sex()).contains(Sex.FEMALE);
    assertThat(c.cinDetails().get(0).referralDate()).contains(LocalDate.of(2024, 1, 2));
    assertThat(c.cinDetails().get(0).referralNfa()).contains(YesNo.NO);
  }

  @Test
  void streamsFromAFileAndCloses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cin.xml");
    Files.write(file, bytes(SAMPLE));
    try (CinChildReader r = CinXml.reader(file)) {
      assertThat(r.header()).isPresent();
      assertThat(r.stream().count()).isEqualTo(3);
      assertThat(r.hasNext()).isFalse();
    }
  }

  // ---------------------------------------------------------------- writing

  @Test
  void roundTripIsExactToTheByte() {
    CinReturn cin = read(SAMPLE);
    byte[] written = write(cin);
    assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(SAMPLE);
    assertThat(read(written)).isEqualTo(cin);
  }

  @Test
  void roundTripThroughAFileReadsBackEqual(@TempDir Path dir) {
    CinReturn cin = read(SAMPLE);
    Path file = dir.resolve("copy.xml");
    CinXml.write(file, cin);
    assertThat(CinXml.read(file)).isEqualTo(cin);
  }

  @Test
  void elementsReadOutOfOrderAreWrittenInTheSchemasOrder() {
    CinReturn cin = read(
        "<Message><Children><Child><CINdetails><ReferralNFA>0</ReferralNFA><CINreferralDate>2024-01-02</CINreferralDate></CINdetails>"
            + "<ChildIdentifiers><PersonBirthDate>2015-01-01</PersonBirthDate><LAchildID>A</LAchildID></ChildIdentifiers></Child></Children></Message>");
    String xml = new String(write(cin), StandardCharsets.UTF_8);
    assertThat(xml).containsSubsequence("<ChildIdentifiers>", "<LAchildID>", "<PersonBirthDate>", "</ChildIdentifiers>", "<CINdetails>",
        "<CINreferralDate>", "<ReferralNFA>");
    assertThat(read(bytes(xml))).isEqualTo(cin);
  }

  @Test
  void aCharacterXmlCannotHoldIsRefusedWithoutQuotingTheText() {
    CinChild c = read(SAMPLE).children().get(0);
    CinChild bad = io.github.cscreturns.core.cin.ImmutableCinChild.copyOf(c)
        .withIdentifiers(io.github.cscreturns.core.cin.ImmutableChildIdentifiers.copyOf(c.identifiers())
            .withLaChildId(io.github.cscreturns.core.ChildId.of("SECRET\u0001")));
    assertThatThrownBy(() -> write(CinReturn.builder().addChildren(bad).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("LAchildID")
        .hasMessageNotContaining("SECRET");
  }

  @Test
  void aValidReturnIsWrittenValidAgainstItsYearsSchema() throws Exception {
    String first = SAMPLE.substring(0, SAMPLE.indexOf("    <Child>", SAMPLE.indexOf("</Child>")))
        .replace("<NumberOfPreviousCPP>0<", "<NumberOfPreviousCPP>1<") // xs:positiveInteger
        + "  </Children>\n</Message>\n";
    byte[] written = write(read(first));
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    // CIN_schema_2024.xsd is the schema of the collection ending in 2024 (2023-24), as the sample's Year says
    Schema schema = factory.newSchema(SpecFiles.file("cin/CIN_schema_2024.xsd").toFile());
    Validator validator = schema.newValidator();
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    validator.validate(new StreamSource(new ByteArrayInputStream(written)));
  }

  // ---------------------------------------------------------------- hostile and broken input

  /** {@code prefix}, then {@code n} copies of {@code filler}, then {@code suffix}, never held whole. */
  private static InputStream huge(String prefix, char filler, long n, String suffix) {
    InputStream body = new InputStream() {
      long left = n;

      @Override
      public int read() {
        return left-- > 0 ? filler : -1;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (left <= 0) {
          return -1;
        }
        int k = (int) Math.min(len, left);
        Arrays.fill(b, off, off + k, (byte) filler);
        left -= k;
        return k;
      }
    };
    return new SequenceInputStream(
        new SequenceInputStream(new ByteArrayInputStream(bytes(prefix)), body), new ByteArrayInputStream(bytes(suffix)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"comment", "attribute", "cdata", "instruction"})
  void aHugePieceOfMarkupIsRefusedWhereItStarts(String kind) {
    String[] around = switch (kind) {
      case "comment" -> new String[] {"<!--", "-->"};
      case "attribute" -> new String[] {"<LAchildID a=\"", "\">x</LAchildID>"};
      case "cdata" -> new String[] {"<LAchildID><![CDATA[", "]]></LAchildID>"};
      default -> new String[] {"<?pi ", "?>"};
    };
    String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Children><Child><ChildIdentifiers>\n";
    InputStream in = huge(head + around[0], 'A', 50L * 1024 * 1024, around[1] + "</ChildIdentifiers></Child></Children></Message>\n");
    assertThatThrownBy(() -> {
          try (CinChildReader r = CinXml.reader(in, "r.xml")) {
            r.forEachRemaining(c -> {});
          }
        })
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("r.xml:3:")
        .hasMessageContaining("longer than the limit of 1048576 bytes")
        .hasMessageNotContaining("AAAA");
  }

  @Test
  void aBareAmpersandIsReportedWithoutTheTextAfterIt() {
    FormatException e = failure(oneChild("<LAchildID>Smith&Sons</LAchildID>"));
    assertThat(e.location().line()).hasValue(6);
    assertThat(e.getMessage()).doesNotContain("Sons");
  }

  static FormatException failure(String xml) {
    return failure(bytes(xml), ReadLimits.defaults());
  }

  static FormatException failure(byte[] xml, ReadLimits limits) {
    try (CinChildReader r = CinXml.reader(new ByteArrayInputStream(xml), "test.xml", limits)) {
      r.forEachRemaining(c -> {});
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("expected a FormatException");
  }

  /** A document with one Child whose ChildIdentifiers hold the given elements, each line numbered from 1. */
  static String oneChild(String identifiers) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Children>\n<Child>\n<ChildIdentifiers>\n"
        + identifiers
        + "\n</ChildIdentifiers>\n</Child>\n</Children>\n</Message>\n";
  }

  @Test
  void malformedXmlNamesLineAndColumn() {
    FormatException e = failure(oneChild("<LAchildID>A1</LAchildID>\n<Sex>M</Sexx>"));
    assertThat(e.problem()).startsWith("malformed XML");
    assertThat(e.location().file()).contains("test.xml");
    assertThat(e.location().line()).hasValue(7);
    assertThat(e.location().column()).isPresent();
    assertThat(e.getMessage()).startsWith("test.xml:7:");
  }

  @Test
  void truncatedFileFailsOnlyWhenTheReaderGetsThere() {
    String cut = SAMPLE.substring(0, SAMPLE.indexOf("<LAchildID>SYN002"));
    try (CinChildReader r = CinXml.reader(new ByteArrayInputStream(bytes(cut)), "cut.xml")) {
      assertThat(r.next().childIdText()).isEqualTo("SYN001");
      assertThatThrownBy(r::hasNext).isInstanceOf(FormatException.class).hasMessageStartingWith("cut.xml:");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void refusesExternalEntities() {
    FormatException e = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
        + "<Message><Children><Child><ChildIdentifiers><LAchildID>&x;</LAchildID></ChildIdentifiers></Child></Children></Message>");
    assertThat(e.problem()).contains("DOCTYPE");
    assertThat(e.location().line()).hasValue(2);
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @Test
  void refusesADoctypeWithoutEntities() {
    FormatException e = failure("<?xml version=\"1.0\"?>\n<!DOCTYPE Message SYSTEM \"http://example.invalid/cin.dtd\">\n<Message><Children/></Message>");
    assertThat(e.problem()).contains("DOCTYPE");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n<Message><Children><Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID></ChildIdentifiers></Child></Children></Message>");
    assertThat(failure(dtd.toString()).problem()).contains("DOCTYPE");
  }

  @Test
  void entityReferenceWithoutDtdIsAnError() {
    FormatException e = failure(oneChild("<LAchildID>&x;</LAchildID>"));
    assertThat(e.location().line()).hasValue(6);
    assertThat(e.location().column()).isPresent();
  }

  @Test
  void wrongRoot() {
    FormatException e = failure("<?xml version=\"1.0\"?>\n<EXPSSDA903><CHILD/></EXPSSDA903>");
    assertThat(e.problem()).isEqualTo("expected the root element Message of a CIN census return, found EXPSSDA903");
    assertThat(e.location().line()).hasValue(2);
  }

  @Test
  void aNamespacedRootIsAnotherReturn() {
    FormatException e = failure("<Message xmlns=\"http://www.dfe.gov.uk/CSWW\"><Children/></Message>");
    assertThat(e.problem()).contains("namespace");
  }

  @Test
  void emptyInput() {
    FormatException e = failure(new byte[0], ReadLimits.defaults());
    assertThat(e.location().file()).contains("test.xml");
  }

  @Test
  void unknownElementIsRefusedWithItsLocationAndNotItsText() {
    FormatException e = failure(oneChild("<LAchildID>A1</LAchildID>\n<FavouriteColour>SECRETblue</FavouriteColour>"));
    assertThat(e.problem()).isEqualTo("unexpected element FavouriteColour in ChildIdentifiers");
    assertThat(e.location().line()).hasValue(7);
    assertThat(e.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void anItemOfAnotherGroupIsRefusedWhereItStarts() {
    FormatException e = failure(oneChild("<LAchildID>A1</LAchildID>\n<CINreferralDate>\n2024-01-02\n</CINreferralDate>"));
    assertThat(e.problem()).isEqualTo("unexpected element CINreferralDate in ChildIdentifiers");
    assertThat(e.location().line()).hasValue(7);
  }

  @Test
  void repeatedItemIsRefusedWithoutQuotingValues() {
    FormatException e = failure(oneChild("<LAchildID>SECRET1</LAchildID><LAchildID>SECRET2</LAchildID>"));
    assertThat(e.problem()).isEqualTo("element LAchildID appears twice in ChildIdentifiers");
    assertThat(e.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void aSecondSourceIsRefusedRatherThanReadInPart() {
    FormatException e = failure("<Message><Header><Source><LEA>201</LEA></Source><Source><LEA>202</LEA></Source></Header><Children/></Message>");
    assertThat(e.problem()).contains("Source appears twice");
  }

  @Test
  void nestedElementsInAnItemAreRefused() {
    assertThat(failure(oneChild("<LAchildID><a><b/></a></LAchildID>")).problem()).contains("holds text only");
  }

  @Test
  void textLongerThanTheLimitIsRefused() {
    FormatException e = failure(bytes(oneChild("<LAchildID>" + "A".repeat(100) + "</LAchildID>")), ReadLimits.builder().maxTextLength(50).build());
    assertThat(e.problem()).contains("longer than the limit of 50");
    assertThat(e.getMessage()).doesNotContain("AAAA");
  }

  @Test
  void inputLargerThanTheLimitIsRefused() {
    FormatException e = failure(bytes(SAMPLE), ReadLimits.builder().maxInputBytes(1000).build());
    assertThat(e.problem()).contains("larger than the limit of 1000 bytes");
  }

  @Test
  void invalidUtf8NamesItsLine() {
    byte[] xml = bytes(oneChild("<LAchildID>AB</LAchildID>"));
    int at = new String(xml, StandardCharsets.ISO_8859_1).indexOf("AB</LAchildID>");
    xml[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
    xml[at + 1] = (byte) 0x28;
    FormatException e = failure(xml, ReadLimits.defaults());
    assertThat(e.problem()).contains("not valid in the file's encoding");
    assertThat(e.location().line()).hasValue(6);
  }
}
