package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssda903XmlTest {

  static byte[] sample() {
    try (InputStream in = Ssda903XmlTest.class.getResourceAsStream("/ssda903/sample-2026-27.xml")) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void readsTheSampleFileChildByChild() {
    List<Child> children = XmlTestSupport.read(sample());
    assertThat(children).extracting(c -> c.childId().value()).containsExactly("SYN0001", "SYN0002", "SYN0003", "SYN0004", "SYN0005");

    Child first = children.get(0);
    assertThat(first.sex()).contains(Sex.M);
    assertThat(first.dob()).contains(LocalDate.of(2012, 3, 14));
    assertThat(first.episodes()).hasSize(2);
    assertThat(first.episodes().get(0).placement().type()).contains(PlacementType.CODESET.parse("U1").orElseThrow());
    assertThat(first.episodes().get(1).end()).isEmpty();
    assertThat(first.episodes().get(1).unparsed()).isEmpty();
    assertThat(first.reviews()).hasSize(2);
    assertThat(first.missingEpisodes()).hasSize(1);
    assertThat(first.healthOutcomes()).hasSize(1);
    assertThat(first.healthOutcomes().get(0).sdqScore()).contains(14);
    assertThat(first.socialWorkerEpisodes()).hasSize(2);
    assertThat(first.deprivationsOfLiberty()).hasSize(1);
    assertThat(first.uasc()).isEmpty();
    assertThat(first.uascFlag()).isEmpty(); // 0 without DUC is implied by having no UASC record

    Child second = children.get(1);
    assertThat(second.uasc()).hasSize(1);
    assertThat(second.uasc().get(0).ceasedDate()).contains(LocalDate.of(2027, 11, 1));
    assertThat(second.previousPermanence()).hasSize(1);

    Child third = children.get(2);
    assertThat(third.adoptions()).hasSize(1);
    assertThat(third.placedForAdoption()).hasSize(1);
    // judged upper-cased, kept as written
    assertThat(third.previousPermanence().get(0).unparsed("DATE_PERM")).contains("ZZ/05/2019");
    assertThat(third.previousPermanence().get(0).asWritten("DATE_PERM")).contains("zz/05/2019");
    assertThat(third.uasc()).isEmpty(); // <UASC /> reads as blank: no record, and blank text kept for rule 105
    assertThat(third.uascFlag()).isEmpty();
    assertThat(third.unparsed("UASC")).contains("");

    assertThat(children.get(3).careLeaverCheckpoints()).hasSize(1);

    Child invalid = children.get(4);
    assertThat(invalid.dob()).isEmpty();
    assertThat(invalid.unparsed()).containsEntry("DOB", "31/02/2015").containsEntry("ETHNIC", "WXYZ");
    assertThat(invalid.episodes().get(0).unparsed()).containsEntry("DECOM", "2026-01-05").containsEntry("PLACE", "Q9");
  }

  @Test
  void recordsKnowWhereTheyCameFrom() {
    Child first = XmlTestSupport.read(sample()).get(0);
    var source = first.episodes().get(1).source().orElseThrow();
    assertThat(source.file()).contains("test.xml");
    assertThat(source.line()).isPresent();
    assertThat(source.elementPath()).contains("/EXPSSDA903/CHILD[1]/EPISODE[2]");
    assertThat(first.reviews().get(1).source().orElseThrow().elementPath()).contains("/EXPSSDA903/CHILD[1]/HEADER/AREVIEW[2]");
  }

  @Test
  void recordsKnowTheirPositionAmongTheElementsOfTheirTableAndTheirLine() {
    List<Child> children = XmlTestSupport.read(sample());
    List<String> lines = new String(sample(), StandardCharsets.UTF_8).lines().toList();
    int episode = 0;
    int header = 0;
    for (Child c : children) {
      var h = c.source().orElseThrow();
      assertThat(h.recordIndex()).hasValue(header++);
      assertThat(lines.get(h.line().getAsInt() - 1)).contains("<HEADER>");
      for (var e : c.episodes()) {
        var s = e.source().orElseThrow();
        assertThat(s.recordIndex()).as("episode %d", episode).hasValue(episode);
        assertThat(lines.get(s.line().getAsInt() - 1)).contains("<EPISODE>");
        // the line is that of the episode's own element: the n-th EPISODE of the file
        assertThat(nthLineHolding(lines, "<EPISODE>", episode)).isEqualTo(s.line().getAsInt());
        episode++;
      }
    }
    assertThat(episode).isEqualTo(5);
    Child first = children.get(0);
    assertThat(first.reviews().get(1).source().orElseThrow().recordIndex()).hasValue(1);
    assertThat(children.get(1).uasc().get(0).source().orElseThrow().recordIndex()).hasValue(0);
  }

  @Test
  void aChildWithoutHeaderElementHasNoHeaderRecord() {
    List<Child> children =
        XmlTestSupport.read(
            "<EXPSSDA903><CHILD><EPISODE><DECOM>01/04/2026</DECOM></EPISODE></CHILD>"
                + "<CHILD><HEADER><CHILDID>B</CHILDID></HEADER><EPISODE><DECOM>01/04/2026</DECOM></EPISODE></CHILD></EXPSSDA903>");
    assertThat(children.get(0).headerRecorded()).isFalse();
    assertThat(children.get(1).headerRecorded()).isTrue();
    assertThat(children.get(1).source().orElseThrow().recordIndex()).hasValue(0);
    assertThat(children.get(1).episodes().get(0).source().orElseThrow().recordIndex()).hasValue(1);
  }

  private static int nthLineHolding(List<String> lines, String text, int n) {
    int seen = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text) && seen++ == n) {
        return i + 1;
      }
    }
    return -1;
  }

  @Test
  void sampleRoundTripsExactly() {
    List<Child> children = XmlTestSupport.read(sample());
    assertThat(XmlTestSupport.read(XmlTestSupport.write(children, CollectionYear.Y2026_27))).isEqualTo(children);
  }

  @Test
  void streamsFromAFileAndCloses(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("return.xml");
    Files.write(file, sample());
    try (ChildReader r = Ssda903Xml.reader(file)) {
      assertThat(r.stream().count()).isEqualTo(5);
    }
  }

  @Test
  void uascFlagAndDucMapToUascRecords() {
    Child flagged = XmlTestSupport.read(XmlTestSupport.oneChild("<UASC>1</UASC>")).get(0);
    assertThat(flagged.uasc()).hasSize(1);
    assertThat(flagged.uascFlag()).isEmpty();

    Child contradictory = XmlTestSupport.read(XmlTestSupport.oneChild("<UASC>0</UASC><DUC>01/01/2025</DUC>")).get(0);
    assertThat(contradictory.uasc()).hasSize(1);
    assertThat(contradictory.uascFlag()).contains(UascFlag.NO);

    Child odd = XmlTestSupport.read(XmlTestSupport.oneChild("<UASC>Y</UASC>")).get(0);
    assertThat(odd.uasc()).isEmpty();
    assertThat(odd.unparsed("UASC")).contains("Y");
  }

  @Test
  void yearLayoutOmitsWhatTheYearDidNotCollect() {
    List<Child> children = XmlTestSupport.read(sample());
    String y2013 = new String(XmlTestSupport.write(children, CollectionYear.Y2013_14), StandardCharsets.UTF_8);
    assertThat(y2013).doesNotContain("<AMISSING>", "<URN>", "<REASON_PLACE_CHANGE>", "<SW_EPISODE>", "<DOLO>");
    String y2023 = new String(XmlTestSupport.write(children, CollectionYear.Y2023_24), StandardCharsets.UTF_8);
    assertThat(y2023).contains("<AMISSING>", "<URN>", "<SW_EPISODE>").doesNotContain("<DOLO>");
    String y2026 = new String(XmlTestSupport.write(children, CollectionYear.Y2026_27), StandardCharsets.UTF_8);
    assertThat(y2026).contains("<DOLO>");
  }

  @Test
  void writesTheSchemaElementOrder() {
    String xml = new String(XmlTestSupport.write(XmlTestSupport.read(sample()).subList(0, 1), CollectionYear.Y2026_27), StandardCharsets.UTF_8);
    assertThat(xml).containsSubsequence("<CHILDID>", "<UPN>", "<SEX>", "<DOB>", "<ETHNIC>", "<UASC>", "<AMISSING>", "<AREVIEW>", "<OC2>", "</HEADER>", "<EPISODE>");
    assertThat(xml).containsSubsequence("<DECOM>", "<RNE>", "<LS>", "<CIN>", "<PL>", "<PL_POST>", "<HOME_POST>", "<URN>", "<PLACE_PROVIDER>", "<DEC>", "<REC>");
  }

  @Test
  void refusesMoreThanOneRecordWhereTheXmlHasOne() {
    Child c = XmlTestSupport.read(sample()).get(3);
    Child twice = io.github.cscreturns.core.ssda903.ImmutableChild.copyOf(c).withCareLeaverCheckpoints(c.careLeaverCheckpoints().get(0), c.careLeaverCheckpoints().get(0));
    assertThatThrownBy(() -> XmlTestSupport.write(List.of(twice), CollectionYear.Y2024_25))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 OC3 records");
  }

  // ---------------------------------------------------------------- encodings

  @Test
  void windows1252DeclaredFileReadsPoundAndAccent() {
    String xml = XmlTestSupport.oneChild("<UPN>£é</UPN>").replace("UTF-8", "windows-1252");
    Child c = XmlTestSupport.read(xml, Charset.forName("windows-1252")).get(0);
    assertThat(c.asWritten("UPN")).contains("£é");
  }

  @Test
  void utf16WithBomReads() {
    String xml = "\uFEFF" + XmlTestSupport.oneChild("<UPN>é</UPN>").replace("UTF-8", "UTF-16");
    Child c = XmlTestSupport.read(xml, StandardCharsets.UTF_16LE).get(0);
    assertThat(c.asWritten("UPN")).contains("é");
  }

  @Test
  void utf8WithBomReads() {
    Child c = XmlTestSupport.read("\uFEFF" + XmlTestSupport.oneChild("<UPN>é</UPN>")).get(0);
    assertThat(c.asWritten("UPN")).contains("é");
  }

  // ---------------------------------------------------------------- hostile and broken input

  static FormatException failure(byte[] xml) {
    return failure(xml, ReadLimits.defaults());
  }

  static FormatException failure(byte[] xml, ReadLimits limits) {
    try {
      XmlTestSupport.read(xml, limits);
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("expected a FormatException");
  }

  static FormatException failure(String xml) {
    return failure(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void refusesExternalEntities() {
    FormatException e =
        failure("<?xml version=\"1.0\"?>\n<!DOCTYPE EXPSSDA903 [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
            + "<EXPSSDA903><CHILD><HEADER><CHILDID>&x;</CHILDID></HEADER></CHILD></EXPSSDA903>");
    assertThat(e.problem()).contains("DOCTYPE");
    assertThat(e.location().line()).hasValue(2);
    assertThat(e.getMessage()).doesNotContain("root:");
  }

  @Test
  void refusesBillionLaughs() {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n");
    for (int i = 1; i < 10; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i == 1 ? "" : String.valueOf(i - 1)).append(';');
      }
      dtd.append("\">\n");
    }
    dtd.append("]>\n<EXPSSDA903><CHILD><HEADER><CHILDID>&lol9;</CHILDID></HEADER></CHILD></EXPSSDA903>");
    FormatException e = failure(dtd.toString());
    assertThat(e.problem()).contains("DOCTYPE");
  }

  @Test
  void entityReferenceWithoutDtdIsAnError() {
    FormatException e = failure(XmlTestSupport.oneChild("<UPN>&x;</UPN>"));
    assertThat(e.location().line()).isPresent();
    assertThat(e.location().column()).isPresent();
  }

  @Test
  void truncatedFileNamesWhereItEnded() {
    String xml = new String(sample(), StandardCharsets.UTF_8);
    FormatException e = failure(xml.substring(0, xml.length() / 2));
    assertThat(e.location().line()).isPresent();
    assertThat(e.location().file()).contains("test.xml");
  }

  @Test
  void truncatedFileFailsOnlyWhenTheReaderGetsThere() {
    String xml = new String(sample(), StandardCharsets.UTF_8);
    String cut = xml.substring(0, xml.indexOf("<CHILDID>SYN0003"));
    try (ChildReader r = Ssda903Xml.reader(new java.io.ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8)), "cut.xml")) {
      assertThat(r.next().childId().value()).isEqualTo("SYN0001");
      assertThat(r.next().childId().value()).isEqualTo("SYN0002");
      assertThatThrownBy(r::hasNext).isInstanceOf(FormatException.class).hasMessageStartingWith("cut.xml:");
      assertThat(r.hasNext()).isFalse();
    }
  }

  @Test
  void malformedTag() {
    FormatException e = failure(XmlTestSupport.oneChild("<SEX>1</SEXX>"));
    assertThat(e.location().line()).hasValue(6);
    assertThat(e.problem()).startsWith("malformed XML");
  }

  @Test
  void wrongRoot() {
    FormatException e = failure("<?xml version=\"1.0\"?>\n<Message><Header/></Message>");
    assertThat(e.problem()).isEqualTo("expected the root element EXPSSDA903, found Message");
    assertThat(e.location().line()).hasValue(2);
  }

  @Test
  void emptyInput() {
    FormatException e = failure(new byte[0]);
    assertThat(e.location().file()).contains("test.xml");
  }

  @Test
  void invalidUtf8() {
    byte[] good = XmlTestSupport.oneChild("<UPN>AB</UPN>").getBytes(StandardCharsets.UTF_8);
    String s = new String(good, StandardCharsets.ISO_8859_1);
    int at = s.indexOf("AB</UPN>");
    good[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte: not UTF-8
    good[at + 1] = (byte) 0x28;
    FormatException e = failure(good);
    assertThat(e.problem()).contains("not valid in the file's encoding");
    assertThat(e.location().line()).hasValue(6);
  }

  @Test
  void unknownElementIsRefusedWithItsLocation() {
    FormatException e = failure(XmlTestSupport.oneChild("<SEX>1</SEX>\n<FAVOURITE_COLOUR>blue</FAVOURITE_COLOUR>"));
    assertThat(e.problem()).isEqualTo("unexpected element FAVOURITE_COLOUR in HEADER");
    assertThat(e.location().line()).hasValue(7);
    assertThat(e.getMessage()).doesNotContain("blue");
  }

  @Test
  void repeatedItemIsRefused() {
    FormatException e = failure(XmlTestSupport.oneChild("<SEX>1</SEX><SEX>2</SEX>"));
    assertThat(e.problem()).isEqualTo("element SEX appears twice in HEADER");
  }

  @Test
  void nestedElementsInAnItemAreRefused() {
    FormatException e = failure(XmlTestSupport.oneChild("<SEX><a><b><c/></b></a></SEX>"));
    assertThat(e.problem()).contains("holds text only");
  }

  @Test
  void textLongerThanTheLimitIsRefused() {
    FormatException e = failure(XmlTestSupport.oneChild("<UPN>" + "A".repeat(100) + "</UPN>").getBytes(StandardCharsets.UTF_8),
        ReadLimits.builder().maxTextLength(50).build());
    assertThat(e.problem()).contains("longer than the limit of 50");
    assertThat(e.getMessage()).doesNotContain("AAAA");
  }

  @Test
  void inputLargerThanTheLimitIsRefused() {
    FormatException e = failure(sample(), ReadLimits.builder().maxInputBytes(1000).build());
    assertThat(e.problem()).contains("larger than the limit of 1000 bytes");
  }

  @Test
  void messagesDoNotQuoteValues() {
    FormatException e = failure(XmlTestSupport.oneChild("<UPN>SECRET123</UPN>\n<UPN>SECRET456</UPN>"));
    assertThat(e.getMessage()).doesNotContain("SECRET");
  }
}
