package io.github.cscreturns.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReturnKindTest {
  @TempDir Path dir;

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private static final String CIN =
      DECLARATION + "<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CIN</Collection>\n      <Year>2025</Year>\n"
          + "    </CollectionDetails>\n  </Header>\n  <Children>\n  </Children>\n</Message>\n";

  private static final String CSWW =
      DECLARATION + "<Message>\n  <Header>\n    <CollectionDetails>\n      <Collection>CSWW</Collection>\n"
          + "    </CollectionDetails>\n  </Header>\n  <CSWWWorker>\n  </CSWWWorker>\n</Message>\n";

  private static ReturnKind detect(String xml) {
    return ReturnKind.detect(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "r.xml");
  }

  private static FormatException failure(String xml) {
    try {
      detect(xml);
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("the kind was told");
  }

  @Test
  void ssda903IsToldByItsRootElementAndAFolderIsItsCsvFileSet() throws IOException {
    assertThat(detect(DECLARATION + "<EXPSSDA903>\n<CHILD/>\n</EXPSSDA903>\n")).isEqualTo(ReturnKind.SSDA903);
    Path folder = Files.createDirectories(dir.resolve("set"));
    assertThat(ReturnKind.detect(folder)).isEqualTo(ReturnKind.SSDA903);
  }

  @Test
  void theCensusesAreToldByTheCollectionOfTheirHeader() throws IOException {
    Path cin = Files.writeString(dir.resolve("cin.xml"), CIN);
    Path csww = Files.writeString(dir.resolve("csww.xml"), CSWW);
    assertThat(ReturnKind.detect(cin)).isEqualTo(ReturnKind.CIN_CENSUS);
    assertThat(ReturnKind.detect(csww)).isEqualTo(ReturnKind.WORKFORCE_CENSUS);
    // the workforce census may be in the DfE's namespace
    assertThat(detect(CSWW.replace("<Message>", "<Message xmlns=\"http://www.dfe.gov.uk/CSWW\">"))).isEqualTo(ReturnKind.WORKFORCE_CENSUS);
    // white space around the code, and a Source before CollectionDetails, change nothing
    assertThat(detect(CIN.replace("<Header>", "<Header><Source><LEA>301</LEA></Source>").replace(">CIN<", ">\n CIN \n<")))
        .isEqualTo(ReturnKind.CIN_CENSUS);
  }

  @Test
  void withoutACollectionTheFirstPartAfterTheHeaderTellsTheCensus() {
    assertThat(detect(DECLARATION + "<Message><Header><Source/></Header><Children/></Message>")).isEqualTo(ReturnKind.CIN_CENSUS);
    assertThat(detect("<Message><Children><Child/></Children></Message>")).isEqualTo(ReturnKind.CIN_CENSUS);
    assertThat(detect("<Message><LALevelVacancies/></Message>")).isEqualTo(ReturnKind.WORKFORCE_CENSUS);
    assertThat(detect("<Message><CSWWWorker/></Message>")).isEqualTo(ReturnKind.WORKFORCE_CENSUS);
  }

  @Test
  void itStopsAsSoonAsItKnows() {
    // what follows the Collection is not read: broken XML there is left for the census reader to report
    assertThat(detect(CIN.replace("<Year>2025</Year>", "<Year>2025</Yaer>"))).isEqualTo(ReturnKind.CIN_CENSUS);
    assertThat(detect("<EXPSSDA903><CHILD></EPISODE>")).isEqualTo(ReturnKind.SSDA903);
  }

  @Test
  void aStreamIsNotClosedAndCanBeReadAgainAfterAMark() throws IOException {
    boolean[] closed = {false};
    InputStream raw = new ByteArrayInputStream(CIN.getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    BufferedInputStream in = new BufferedInputStream(raw);
    in.mark(ReturnKind.MAX_BYTES_EXAMINED);
    assertThat(ReturnKind.detect(in, "<stdin>")).isEqualTo(ReturnKind.CIN_CENSUS);
    in.reset();
    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(CIN);
    assertThat(closed[0]).isFalse();
  }

  @Test
  void anUnknownRootElementIsNamedWithItsLineAndColumn() {
    FormatException e = failure(DECLARATION + "<!-- a report -->\n<html><body/></html>\n");
    assertThat(e.location().file()).hasValue("r.xml");
    assertThat(e.location().line()).hasValue(3);
    assertThat(e.location().column()).isPresent();
    assertThat(e.problem()).isEqualTo("the root element html is not that of a return this SDK reads"
        + " (EXPSSDA903 for SSDA903, Message for the CIN and workforce censuses)");
  }

  @Test
  void anotherCollectionOrAMessageThatSaysNothingCannotBeTold() {
    FormatException other = failure(CIN.replace(">CIN<", ">SECRET-LA-DATA<"));
    assertThat(other.problem()).isEqualTo("the Header's Collection is neither CIN (the CIN census) nor CSWW (the workforce census)");
    assertThat(other.getMessage()).doesNotContain("SECRET");
    assertThat(other.location().line()).hasValue(5);

    assertThat(failure("<Message><Header><Source/></Header></Message>").problem()).startsWith("Message holds neither a Collection");
    assertThat(failure("<Message><Workers/></Message>").problem())
        .isEqualTo("expected Header, Children (CIN census) or LALevelVacancies or CSWWWorker (workforce census) in Message, found Workers");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not xml at all", "<Message><Header>", "<EXPSSDA903"})
  void malformedOrEmptyInputIsOneLocatedProblem(String xml) {
    FormatException e = failure(xml);
    assertThat(e.location().file()).hasValue("r.xml");
    assertThat(e.location().line()).isPresent();
    assertThat(e.problem()).doesNotContain("Exception");
  }

  @Test
  void aDtdIsRefusedAndNoEntityExpanded() {
    String laughs = DECLARATION + "<!DOCTYPE Message [<!ENTITY a \"CIN\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>\n"
        + "<Message><Header><CollectionDetails><Collection>&b;</Collection></CollectionDetails></Header></Message>";
    FormatException e = failure(laughs);
    assertThat(e.problem()).contains("DOCTYPE");
    assertThat(e.location().line()).hasValue(2);

    String external = DECLARATION + "<!DOCTYPE Message SYSTEM \"file:///etc/passwd\">\n<Message><Children/></Message>";
    assertThat(failure(external).problem()).contains("DOCTYPE");
  }

  @Test
  void itReadsNoMoreThanItsLimit() {
    StringBuilder padding = new StringBuilder();
    while (padding.length() <= ReturnKind.MAX_BYTES_EXAMINED) {
      padding.append("<!-- a comment that says nothing of the return -->\n");
    }
    long[] read = {0};
    InputStream counted = new ByteArrayInputStream((DECLARATION + padding + "<EXPSSDA903/>").getBytes(StandardCharsets.UTF_8)) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        int n = super.read(b, off, len);
        read[0] += Math.max(n, 0);
        return n;
      }
    };
    assertThatThrownBy(() -> ReturnKind.detect(counted, "r.xml"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("could not be told from its first " + ReturnKind.MAX_BYTES_EXAMINED + " bytes");
    assertThat(read[0]).isLessThanOrEqualTo(ReturnKind.MAX_BYTES_EXAMINED);
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(() -> ReturnKind.detect(dir.resolve("none.xml")))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("none.xml")
        .hasMessageContaining("cannot open the file");
  }

  @Test
  void titlesNameTheReturns() {
    assertThat(ReturnKind.CIN_CENSUS.title()).isEqualTo("CIN census");
    assertThat(ReturnKind.SSDA903.title()).isEqualTo("SSDA903");
  }
}
