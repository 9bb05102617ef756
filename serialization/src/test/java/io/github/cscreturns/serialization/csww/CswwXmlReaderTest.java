package io.github.cscreturns.serialization.csww;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.CfkssStatus;
import io.github.cscreturns.codesets.csww.CollectionName;
import io.github.cscreturns.codesets.csww.Ethnicity;
import io.github.cscreturns.codesets.csww.ReasonForAbsence;
import io.github.cscreturns.codesets.csww.SourceLevel;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.codesets.csww.YesNo;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.csww.SweNumber;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.serialization.FormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Test;

class CswwXmlReaderTest {
  static final Path SAMPLE = SpecFiles.file("csww/social_work_workforce_2022_sample.xml");

  static WorkforceReturn sample() {
    return CswwXmlReader.read(SAMPLE);
  }

  static WorkforceReturn read(String xml) {
    return CswwXmlReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  static String worker(String items) {
    return "<Message><LALevelVacancies><NumberOfVacancies>1.00</NumberOfVacancies><NoAgencyFTE>2.00</NoAgencyFTE>"
        + "<NoAgencyHeadcount>2</NoAgencyHeadcount></LALevelVacancies><CSWWWorker>" + items + "</CSWWWorker></Message>";
  }

  @Test
  void readsTheSampleHeaderAndLaLevelItems() {
    WorkforceReturn r = sample();
    var h = r.header().orElseThrow();
    assertThat(h.collection()).contains(CollectionName.CSWW);
    assertThat(h.year()).contains(Year.of(2022));
    assertThat(h.referenceDate()).contains(LocalDate.of(2022, 9, 30));
    assertThat(h.sources()).hasSize(1);
    assertThat(h.sources().get(0).sourceLevel()).contains(SourceLevel.LOCAL_AUTHORITY);
    assertThat(h.sources().get(0).lea()).contains("301");
    assertThat(h.sources().get(0).dateTime()).contains("2023-03-28T14:54:55Z");
    var la = r.laLevelVacancies().orElseThrow();
    assertThat(la.numberOfVacancies()).contains(new BigDecimal("79.68"));
    assertThat(la.agencyFte()).contains(new BigDecimal("59.82"));
    assertThat(la.agencyHeadcount()).contains(71);
    assertThat(la.unparsed()).isEmpty();
  }

  @Test
  void readsEverySampleWorkerWithTypedValues() {
    WorkforceReturn r = sample();
    assertThat(r.workers()).hasSize(30);
    assertThat(r.workers()).allSatisfy(w -> assertThat(w.unparsed()).isEmpty());
    assertThat(r.workers().stream().filter(SocialWorker::isEmployee).count()).isEqualTo(12);
    SocialWorker first = r.workers().get(0);
    assertThat(first.agencyWorker()).contains(AgencyWorker.AGENCY_WORKER);
    assertThat(first.sweNumber()).contains(SweNumber.of("Oz2054309383"));
    assertThat(first.fte()).contains(new BigDecimal("0.521371"));
    assertThat(first.birthDate()).contains(LocalDate.of(1967, 1, 4));
    assertThat(first.ethnicity()).contains(Ethnicity.REFU);
    assertThat(first.qualificationInstitutions()).containsExactly("Institution Name");
    assertThat(first.stepUpGraduate()).contains(YesNo.NO);
    assertThat(first.startOrigin()).contains(StartOrigin.NOT_KNOWN);
    assertThat(first.casesAt30September()).contains(72);
    assertThat(first.contractWeeks()).containsExactly(new BigDecimal("288.7"));
    assertThat(first.absentAt30September()).containsExactly(YesNo.NO);
    assertThat(first.reasonsForAbsence()).containsExactly(ReasonForAbsence.TRN);
    assertThat(first.cfkssStatuses()).containsExactly(CfkssStatus.ASSESSED_AND_SUPPORTED_YEAR_IN_EMPLOYMENT);
    SourceLocation at = first.location().orElseThrow();
    assertThat(at.file()).contains("social_work_workforce_2022_sample.xml");
    assertThat(at.line()).hasValue(20);
    assertThat(at.column()).isPresent();
    assertThat(at.elementPath()).contains("/Message/CSWWWorker[1]");
    assertThat(at.recordIndex()).hasValue(0);
    SourceLocation second = r.workers().get(1).location().orElseThrow();
    assertThat(second.line()).hasValue(39);
    assertThat(second.recordIndex()).hasValue(1);
    assertThat(r.laLevelVacancies().orElseThrow().location().flatMap(SourceLocation::elementPath)).contains("/Message/LALevelVacancies");
  }

  @Test
  void decimalsKeepTheirWrittenScale() {
    WorkforceReturn r = sample();
    SocialWorker second = r.workers().get(1);
    assertThat(second.fte().orElseThrow().toPlainString()).isEqualTo("0");
    assertThat(second.contractWeeks().get(0).toPlainString()).isEqualTo("2.5");
    assertThat(r.workers().stream().flatMap(w -> w.contractWeeks().stream()).map(BigDecimal::toPlainString))
        .contains("141.0", "424.0");
  }

  @Test
  void theSampleRoundTripsToTheSameRecordsAndTheSameText() throws IOException {
    WorkforceReturn r = sample();
    String written = CswwXmlWriter.toXml(r);
    assertThat(read(written)).isEqualTo(r);
    String original = Files.readString(SAMPLE, StandardCharsets.UTF_8);
    assertThat(written).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>");
    assertThat(written.substring(written.indexOf('\n') + 1).strip()).isEqualTo(original.strip());
    assertThat(leafTexts(written)).isEqualTo(leafTexts(original)).hasSizeGreaterThan(400);
  }

  @Test
  void streamingGivesTheSameWorkersOneAtATime() {
    List<SocialWorker> streamed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(SAMPLE); CswwXmlReader reader = CswwXmlReader.open(in, "sample")) {
      assertThat(reader.laLevelVacancies()).isPresent();
      for (Optional<SocialWorker> w = reader.nextWorker(); w.isPresent(); w = reader.nextWorker()) {
        streamed.add(w.get());
      }
      assertThat(reader.nextWorker()).isEmpty();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    assertThat(streamed).isEqualTo(sample().workers());
  }

  @Test
  void valuesThatDoNotParseAreKeptAsTextAndWrittenBack() {
    String xml = worker("<AgencyWorker>2</AgencyWorker><SWENo>bad</SWENo><FTE>1,5</FTE><PersonBirthDate>1990-02-30</PersonBirthDate>"
        + "<Cases30>99999999999</Cases30><ContractWeeks>1.0</ContractWeeks><ContractWeeks>lots</ContractWeeks>"
        + "<ContractWeeks>3.0</ContractWeeks><CFKSSstatus></CFKSSstatus>");
    SocialWorker w = read(xml).workers().get(0);
    assertThat(w.agencyWorker()).isEmpty();
    assertThat(w.sweNumber()).contains(SweNumber.of("bad"));
    assertThat(w.unparsed()).containsOnly(
        java.util.Map.entry("AgencyWorker", "2"),
        java.util.Map.entry("FTE", "1,5"),
        java.util.Map.entry("PersonBirthDate", "1990-02-30"),
        java.util.Map.entry("Cases30", "99999999999"),
        java.util.Map.entry("ContractWeeks[1]", "lots"),
        java.util.Map.entry("CFKSSstatus[0]", ""));
    assertThat(w.contractWeeks()).containsExactly(new BigDecimal("1.0"), new BigDecimal("3.0"));
    String written = CswwXmlWriter.toXml(read(xml));
    assertThat(written).contains("<AgencyWorker>2</AgencyWorker>", "<FTE>1,5</FTE>",
        "<ContractWeeks>1.0</ContractWeeks>\n    <ContractWeeks>lots</ContractWeeks>\n    <ContractWeeks>3.0</ContractWeeks>",
        "<CFKSSstatus></CFKSSstatus>");
    assertThat(read(written)).isEqualTo(read(xml));
  }

  @Test
  void spacesAroundValuesAreIgnoredAndMarkupCharactersSurvive() {
    SocialWorker w = read(worker("<AgencyWorker> 0 </AgencyWorker><SWENo>AB1234567890</SWENo><FTE>\n 0.5 </FTE>"
        + "<QualInst>Smith &amp; Jones &lt;Uni&gt;</QualInst><QualInst><![CDATA[A&B]]></QualInst>")).workers().get(0);
    assertThat(w.agencyWorker()).contains(AgencyWorker.NOT_AGENCY_WORKER);
    assertThat(w.fte()).contains(new BigDecimal("0.5"));
    assertThat(w.qualificationInstitutions()).containsExactly("Smith & Jones <Uni>", "A&B");
    assertThat(w.unparsed()).isEmpty();
  }

  @Test
  void headerAndLaLevelItemsMayBeMissing() {
    WorkforceReturn r = read("<Message><CSWWWorker><AgencyWorker>1</AgencyWorker></CSWWWorker></Message>");
    assertThat(r.header()).isEmpty();
    assertThat(r.laLevelVacancies()).isEmpty();
    assertThat(r.workers()).hasSize(1);
    assertThat(read(CswwXmlWriter.toXml(r))).isEqualTo(r);
  }

  @Test
  void malformedXmlIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> read("<Message>\n  <CSWWWorker>\n    <FTE>1</FT>\n"))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.location().file()).contains("test.xml");
          assertThat(e.location().line()).hasValue(3);
          assertThat(e.location().column()).isPresent();
          assertThat(e.getMessage()).startsWith("test.xml:3:").contains("Not well-formed XML");
        });
  }

  @Test
  void theWrongRootElementIsReported() {
    assertThatThrownBy(() -> read("<?xml version=\"1.0\"?>\n<EXPSSDA903/>"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("test.xml:2:")
        .hasMessageContaining("root element is EXPSSDA903; expected Message");
  }

  @Test
  void anUnknownElementIsReportedWithWhatWasExpected() {
    assertThatThrownBy(() -> read(worker("<AgencyWorker>1</AgencyWorker>\n<Salary>1</Salary>")))
        .isInstanceOfSatisfying(FormatException.class, e -> {
          assertThat(e.location().line()).hasValue(2);
          assertThat(e.problem()).contains("Unexpected element Salary in CSWWWorker", "AgencyWorker, SWENo");
        });
    assertThatThrownBy(() -> read("<Message><Footer/></Message>"))
        .isInstanceOf(FormatException.class).hasMessageContaining("expected Header, LALevelVacancies or CSWWWorker");
  }

  @Test
  void aSingleItemTwiceOrAnElementInsideAValueIsReported() {
    assertThatThrownBy(() -> read(worker("<FTE>1</FTE><FTE>0.5</FTE>")))
        .isInstanceOf(FormatException.class).hasMessageContaining("FTE appears more than once");
    assertThatThrownBy(() -> read(worker("<FTE><b>1</b></FTE>")))
        .isInstanceOf(FormatException.class).hasMessageContaining("inside FTE");
    assertThatThrownBy(() -> read("<Message>text<CSWWWorker/></Message>"))
        .isInstanceOf(FormatException.class).hasMessageContaining("Unexpected text");
  }

  @Test
  void externalEntitiesAndDtdsAreRefused(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOPSECRET");
    String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
        + "<Message><CSWWWorker><SWENo>&xxe;</SWENo></CSWWWorker></Message>";
    assertThatThrownBy(() -> read(xxe))
        .isInstanceOf(FormatException.class)
        .hasMessageNotContaining("TOPSECRET")
        .satisfies(e -> assertThat(((FormatException) e).location().line()).isPresent());
    String bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE Message [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>\n"
        + "<Message><CSWWWorker><SWENo>&b;</SWENo></CSWWWorker></Message>";
    assertThatThrownBy(() -> read(bomb)).isInstanceOf(FormatException.class);
  }

  @Test
  void anOverlongValueIsRefused() {
    String huge = "x".repeat(CswwXmlReader.MAX_TEXT_LENGTH + 1);
    assertThatThrownBy(() -> read(worker("<QualInst>" + huge + "</QualInst>")))
        .isInstanceOf(FormatException.class).hasMessageContaining("more than " + CswwXmlReader.MAX_TEXT_LENGTH);
    assertThat(read(worker("<QualInst>" + "x".repeat(CswwXmlReader.MAX_TEXT_LENGTH) + "</QualInst>")).workers()).hasSize(1);
  }

  @Test
  void exceptionMessagesDoNotQuoteValues() {
    assertThatThrownBy(() -> read(worker("<SWENo>AB1234567890</SWENo><SWENo>CD1234567890</SWENo>")))
        .isInstanceOf(FormatException.class)
        .hasMessageNotContaining("1234567890");
  }

  /** Element path and text of every element holding text only, in document order. */
  static List<String> leafTexts(String xml) {
    List<String> out = new ArrayList<>();
    try {
      XMLInputFactory f = XMLInputFactory.newDefaultFactory();
      f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader r = f.createXMLStreamReader(new java.io.StringReader(xml));
      List<String> path = new ArrayList<>();
      StringBuilder text = new StringBuilder();
      boolean leaf = false;
      while (r.hasNext()) {
        int e = r.next();
        if (e == XMLStreamConstants.START_ELEMENT) {
          path.add(r.getLocalName());
          text.setLength(0);
          leaf = true;
        } else if (e == XMLStreamConstants.CHARACTERS) {
          text.append(r.getText());
        } else if (e == XMLStreamConstants.END_ELEMENT) {
          if (leaf) {
            out.add(String.join("/", path) + "=" + text);
          }
          leaf = false;
          path.remove(path.size() - 1);
        }
      }
    } catch (javax.xml.stream.XMLStreamException e) {
      throw new AssertionError(e);
    }
    return out;
  }
}
