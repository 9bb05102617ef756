package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.serialization.ssda903.ChildReader;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import io.github.cscreturns.core.ssda903.Child;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {
  @TempDir Path dir;

  private static final String XML =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903>\n  <CHILD>\n    <HEADER>\n      <CHILDID>SYN1</CHILDID>\n"
          + "      <UPN>UN1</UPN>\n      <SEX>M</SEX>\n      <DOB>01/02/2015</DOB>\n      <ETHNIC>WBRI</ETHNIC>\n      <UASC>0</UASC>\n"
          + "      <AREVIEW>\n        <REVIEW>01/06/2024</REVIEW>\n        <REVIEW_CODE>PN1</REVIEW_CODE>\n      </AREVIEW>\n"
          + "    </HEADER>\n    <EPISODE>\n      <DECOM>01/04/2024</DECOM>\n      <RNE>S</RNE>\n      <LS>C2</LS>\n      <CIN>N1</CIN>\n"
          + "      <PL>U1</PL>\n      <DEC/>\n      <REC/>\n    </EPISODE>\n  </CHILD>\n</EXPSSDA903>\n";

  static List<Child> readXml(Path file) {
    List<Child> out = new ArrayList<>();
    try (ChildReader r = Ssda903Xml.reader(file)) {
      r.forEachRemaining(out::add);
    }
    return out;
  }

  @Test
  void convertsXmlToCsvAndBack() throws IOException {
    Path xml = dir.resolve("in.xml");
    Files.writeString(xml, XML);
    CscRun toCsv = csc("convert", xml.toString(), "--to", "csv", "--year", "2024-25", "--output", dir.resolve("csv").toString());
    assertThat(toCsv.exitCode()).as(toCsv.err()).isZero();
    assertThat(toCsv.out()).contains("Wrote 1 children");
    assertThat(dir.resolve("csv/episodes.csv")).exists();
    assertThat(Ssda903Csv.read(dir.resolve("csv"))).isEqualTo(readXml(xml));

    CscRun back = csc("convert", dir.resolve("csv").toString(), "--to", "xml", "--year", "2024-25", "--output", dir.resolve("out.xml").toString());
    assertThat(back.exitCode()).as(back.err()).isZero();
    assertThat(readXml(dir.resolve("out.xml"))).isEqualTo(readXml(xml));
  }

  @Test
  void malformedInputIsOneClearError() throws IOException {
    Path xml = dir.resolve("bad.xml");
    Files.writeString(xml, XML.substring(0, 200));
    CscRun r = csc("convert", xml.toString(), "--to", "csv", "--year", "2024-25", "--output", dir.resolve("csv").toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).startsWith("Cannot read the input: " + xml + ":").doesNotContain("Exception");
  }

  @Test
  void convertsToJsonHoldingTheSameChildren() throws IOException {
    Path xml = dir.resolve("in.xml");
    Files.writeString(xml, XML);
    CscRun r = csc("convert", xml.toString(), "--to", "json", "--year", "2024-25", "--output", dir.resolve("out/o.json").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    var back = io.github.cscreturns.serialization.json.Ssda903Json.readReturn(Files.readString(dir.resolve("out/o.json")));
    assertThat(back.year()).isEqualTo(io.github.cscreturns.codesets.CollectionYear.Y2024_25);
    assertThat(back.children()).isEqualTo(readXml(xml));
  }

  @Test
  void unknownYearAndFormat() {
    assertThat(csc("convert", "x", "--to", "xml", "--year", "1999", "--output", "y").err()).startsWith("Unknown collection year '1999'");
    assertThat(csc("convert", "x", "--to", "pdf", "--year", "2024-25", "--output", "y").err()).startsWith("Unknown output format 'pdf'");
  }

  @Test
  void missingInput() {
    CscRun r = csc("convert", dir.resolve("nope.xml").toString(), "--to", "xml", "--year", "2024-25", "--output", dir.resolve("o.xml").toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).startsWith("No such file or folder");
  }

  @Test
  void refusesToWriteOverItsOwnInput() throws IOException {
    Path xml = dir.resolve("r.xml");
    Files.writeString(xml, XML);
    CscRun same = csc("convert", xml.toString(), "--to", "xml", "--year", "2024-25", "--output", xml.toString());
    assertThat(same.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(same.err()).startsWith("Refusing to write").contains("the output is the input itself");
    CscRun viaDots = csc("convert", xml.toString(), "--to", "xml", "--year", "2024-25",
        "--output", dir.resolve("sub/../r.xml").toString());
    assertThat(viaDots.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(Files.readString(xml)).isEqualTo(XML);

    Path csv = dir.resolve("csv");
    assertThat(csc("convert", xml.toString(), "--to", "csv", "--year", "2024-25", "--output", csv.toString()).exitCode()).isZero();
    String episodes = Files.readString(csv.resolve("episodes.csv"));
    CscRun folder = csc("convert", csv.toString(), "--to", "csv", "--year", "2023-24", "--output", csv.toString());
    assertThat(folder.exitCode()).isEqualTo(Csc.USAGE);
    CscRun intoAFileOfTheSet = csc("convert", csv.toString(), "--to", "xml", "--year", "2024-25",
        "--output", csv.resolve("episodes.csv").toString());
    assertThat(intoAFileOfTheSet.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(Files.readString(csv.resolve("episodes.csv"))).isEqualTo(episodes);
  }

  /** Three children, then the file breaks inside the fourth. */
  private static String threeChildrenThenBroken() {
    String child = XML.substring(XML.indexOf("  <CHILD>"), XML.indexOf("</EXPSSDA903>"));
    String head = XML.substring(0, XML.indexOf("  <CHILD>"));
    return head + child.replace("SYN1", "SYN1") + child.replace("SYN1", "SYN2") + child.replace("SYN1", "SYN3")
        + child.replace("SYN1", "SYN4").substring(0, 120);
  }

  @Test
  void aConversionThatFailsPartWayLeavesNoOutput() throws IOException {
    Path xml = dir.resolve("broken.xml");
    Files.writeString(xml, threeChildrenThenBroken());
    Path out = dir.resolve("out.xml");
    CscRun r = csc("convert", xml.toString(), "--to", "xml", "--year", "2024-25", "--output", out.toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).startsWith("Cannot read the input: " + xml + ":").contains("nothing was written");
    assertThat(out).doesNotExist();
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("broken.xml");
    }
  }

  @Test
  void aFailedConversionKeepsTheOutputThatWasThere() throws IOException {
    Path xml = dir.resolve("broken.xml");
    Files.writeString(xml, threeChildrenThenBroken());
    Path out = dir.resolve("out.xml");
    Files.writeString(out, "earlier output");
    assertThat(csc("convert", xml.toString(), "--to", "xml", "--year", "2024-25", "--output", out.toString()).exitCode())
        .isEqualTo(Csc.USAGE);
    assertThat(Files.readString(out)).isEqualTo("earlier output");

    Path csv = dir.resolve("csv");
    Files.createDirectories(csv);
    Files.writeString(csv.resolve("header.csv"), "earlier header");
    CscRun r = csc("convert", xml.toString(), "--to", "csv", "--year", "2024-25", "--output", csv.toString());
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    try (var left = Files.list(csv)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("header.csv");
    }
    assertThat(Files.readString(csv.resolve("header.csv"))).isEqualTo("earlier header");
  }

  @Test
  void aValueTheOutputCannotHoldLeavesNoOutputAndIsNotEchoed() throws IOException {
    Path csv = dir.resolve("csv");
    Path xml = dir.resolve("in.xml");
    Files.writeString(xml, XML);
    assertThat(csc("convert", xml.toString(), "--to", "csv", "--year", "2024-25", "--output", csv.toString()).exitCode()).isZero();
    Path header = csv.resolve("header.csv");
    // a form feed (not allowed in XML 1.0) inside the child ID
    Files.writeString(header, Files.readString(header).replace("SYN1", "SY\fN1"));
    Path out = dir.resolve("out.xml");
    CscRun r = csc("convert", csv.toString(), "--to", "xml", "--year", "2024-25", "--output", out.toString());
    assertThat(r.exitCode()).as(r.out()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).startsWith("Cannot write the output").doesNotContain("SY").doesNotContain("N1");
    assertThat(out).doesNotExist();
  }
}
