package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.serialization.FormatException;
import io.github.cscreturns.serialization.ReadLimits;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Ssda903CsvTest {
  @TempDir Path dir;

  static Path sampleFolder() {
    try {
      return Path.of(Ssda903CsvTest.class.getResource("/ssda903/sample-csv-2026-27/header.csv").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void readsTheSampleFileSet() {
    List<Child> children = Ssda903Csv.read(sampleFolder());
    assertThat(children).extracting(c -> c.childId().value())
        .containsExactly("SYN0001", "SYN0002", "SYN0003", "SYN0004", "SYN0005", "SYN0006");
    Child first = children.get(0);
    assertThat(first.episodes()).hasSize(2);
    assertThat(first.reviews()).hasSize(2);
    assertThat(first.reviews().get(0).dob()).isEmpty(); // same as the header: not kept
    assertThat(first.deprivationsOfLiberty().get(0).dob()).contains(LocalDate.of(2012, 3, 15)); // differs: kept
    assertThat(first.socialWorkerEpisodes()).hasSize(2);
    assertThat(first.episodes().get(1).source().orElseThrow().describe()).isEqualTo("episodes.csv:3");
    assertThat(children.get(1).uasc()).hasSize(1);
    assertThat(first.headerRecorded()).isTrue();
    assertThat(children.get(5).headerRecorded()).isFalse(); // SYN0006 has no Header row

    Child noHeader = children.get(5);
    assertThat(noHeader.dob()).isEmpty();
    assertThat(noHeader.episodes()).hasSize(1);

    Child invalid = children.get(4);
    assertThat(invalid.unparsed()).containsEntry("DOB", "31/02/2015").containsEntry("ETHNIC", "WXYZ");
    assertThat(invalid.episodes().get(0).unparsed()).containsEntry("DECOM", "2026-01-05").containsEntry("PLACE", "Q9");
  }

  @Test
  void recordsKnowTheirRowInTheirOwnFileWhateverTheOrderOfTheOtherFiles() throws IOException {
    Files.writeString(dir.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\nA,1,01/01/2010,WBRI,,,\nB,2,01/01/2011,WBRI,,,\n");
    // episodes not sorted like header.csv, with a blank row, and a child with no Header row
    Files.writeString(
        dir.resolve("episodes.csv"),
        "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,HOME_POST,PL_POST,URN\n"
            + "B,01/05/2024,S,C2,N1,U1,PR1,,,,,,\n"
            + "C,01/06/2024,S,C2,N1,U1,PR1,,,,,,\n"
            + ",,,,,,,,,,,,\n"
            + "A,01/04/2024,S,C2,N1,U1,PR1,,,,,,\n");
    List<Child> children = Ssda903Csv.read(dir);
    assertThat(children).extracting(c -> c.childId().value()).containsExactly("A", "B", "C");
    Child a = children.get(0);
    assertThat(a.source().orElseThrow().recordIndex()).hasValue(0);
    assertThat(a.source().orElseThrow().describe()).isEqualTo("header.csv:2");
    assertThat(children.get(1).source().orElseThrow().recordIndex()).hasValue(1);
    var aEpisode = a.episodes().get(0).source().orElseThrow();
    assertThat(aEpisode.recordIndex()).hasValue(3);
    assertThat(aEpisode.describe()).isEqualTo("episodes.csv:5");
    assertThat(children.get(1).episodes().get(0).source().orElseThrow().recordIndex()).hasValue(0);
    Child c = children.get(2);
    assertThat(c.headerRecorded()).isFalse();
    assertThat(c.source()).isEmpty();
    assertThat(c.episodes().get(0).source().orElseThrow().recordIndex()).hasValue(1);
    // written back without a Header row for the child who had none
    Path out = dir.resolve("out");
    Ssda903Csv.write(out, CollectionYear.Y2024_25, children);
    assertThat(Files.readAllLines(out.resolve("header.csv"))).hasSize(3);
    assertThat(Ssda903Csv.read(out)).isEqualTo(children);
  }

  @Test
  void csvAndXmlSamplesDescribeTheSameChildren() {
    List<Child> fromCsv = Ssda903Csv.read(sampleFolder());
    List<Child> fromXml = XmlTestSupport.read(Ssda903XmlTest.sample());
    // the CSV sample adds SYN0006 (no Header row) and a DoLo DOB that differs; the rest is the same,
    // but for the XML-only UASC flag (SYN0003's is blank, kept as blank text: CSV has no such column)
    assertThat(fromCsv.subList(1, 5)).isEqualTo(withoutXmlOnlyItems(fromXml.subList(1, 5)));
  }

  @Test
  void sampleRoundTripsExactly() throws IOException {
    List<Child> children = Ssda903Csv.read(sampleFolder());
    Ssda903Csv.write(dir, CollectionYear.Y2026_27, children);
    assertThat(Ssda903Csv.read(dir)).isEqualTo(children);
  }

  @Test
  void xmlSampleToCsvAndBackIsEqual() {
    List<Child> fromXml = withoutXmlOnlyItems(XmlTestSupport.read(Ssda903XmlTest.sample()));
    Ssda903Csv.write(dir, CollectionYear.Y2026_27, fromXml);
    List<Child> viaCsv = Ssda903Csv.read(dir);
    assertThat(viaCsv).isEqualTo(fromXml);
    assertThat(XmlTestSupport.read(XmlTestSupport.write(viaCsv, CollectionYear.Y2026_27))).isEqualTo(fromXml);
  }

  /** The children without the XML header's UASC flag text, which a CSV file set cannot hold. */
  private static List<Child> withoutXmlOnlyItems(List<Child> children) {
    return children.stream()
        .map(c -> {
          java.util.Map<String, String> unparsed = new java.util.LinkedHashMap<>(c.unparsed());
          unparsed.remove("UASC");
          return (Child) io.github.cscreturns.core.ssda903.ImmutableChild.copyOf(c).withUnparsed(unparsed);
        })
        .toList();
  }

  @Test
  void writesTheYearsFilesAndColumns() throws IOException {
    List<Path> files = Ssda903Csv.write(dir, CollectionYear.Y2014_15, List.of());
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("header.csv", "episodes.csv", "reviews.csv", "uasc.csv", "oc2.csv", "oc3.csv", "ad1.csv",
            "placed_for_adoption.csv", "previous_permanence.csv", "missing.csv");
    assertThat(Files.readString(dir.resolve("episodes.csv")))
        .isEqualTo("CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST\r\n");
    assertThat(Ssda903Csv.write(dir, CollectionYear.Y2026_27, List.of())).extracting(p -> p.getFileName().toString())
        .contains("sw_episodes.csv", "dolo.csv");
    assertThat(Ssda903Csv.columns(Ssda903Table.SW_EPISODES, CollectionYear.Y2022_23)).isEmpty();
    assertThat(Ssda903Csv.columns(Ssda903Table.SW_EPISODES, CollectionYear.Y2023_24))
        .containsExactly("CHILD", "DOB", "SW_ID", "SW_DECOM", "SW_DEC", "SW_REASON");
  }

  @Test
  void quotesOnlyWhatNeedsQuoting() throws IOException {
    Child c = Child.builder().childId(io.github.cscreturns.core.ChildId.of("A,\"1\"")).putUnparsed("ETHNIC", "TWO\r\nLINES")
        .putAsWritten("ETHNIC", "two\r\nlines").build();
    Ssda903Csv.write(dir, CollectionYear.Y2024_25, List.of(c));
    assertThat(Files.readString(dir.resolve("header.csv"))).endsWith("\"A,\"\"1\"\"\",,,\"two\r\nlines\",,,\r\n");
    assertThat(Ssda903Csv.read(dir)).containsExactly(c);
    assertThat(Ssda903Csv.read(dir).get(0).asWritten()).isEqualTo(c.asWritten());
  }

  // ---------------------------------------------------------------- errors

  private FormatException failure(String file, String content) throws IOException {
    return failure(file, content.getBytes(StandardCharsets.UTF_8));
  }

  private FormatException failure(String file, byte[] content) throws IOException {
    Files.write(dir.resolve(file), content);
    try {
      Ssda903Csv.read(dir);
    } catch (FormatException e) {
      return e;
    }
    throw new AssertionError("expected a FormatException");
  }

  @Test
  void unexpectedColumn() throws IOException {
    FormatException e = failure("e.csv", "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST,SHOE_SIZE\r\nC1,,,,,,,,,,,9\r\n");
    assertThat(e.getMessage()).startsWith("e.csv:1:12: unexpected column(s) SHOE_SIZE for table Episodes");
  }

  @Test
  void missingColumn() throws IOException {
    FormatException e = failure("r.csv", "CHILD,REVIEW,REVIEW_CODE\r\nC1,01/01/2020,PN1\r\n");
    assertThat(e.getMessage()).isEqualTo("r.csv:1: missing column(s) DOB of table Reviews");
  }

  @Test
  void columnsAddedInLaterYearsMayBeMissing() throws IOException {
    Files.writeString(dir.resolve("e.csv"), "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,HOME_POST,PL_POST\r\nC1,01/04/2014,S,C2,N1,U1,PR1,,,,\r\n");
    assertThat(Ssda903Csv.read(dir)).hasSize(1);
  }

  @Test
  void duplicateColumn() throws IOException {
    FormatException e = failure("r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE,REVIEW\r\n");
    assertThat(e.getMessage()).isEqualTo("r.csv:1:5: column REVIEW appears twice in the header row");
  }

  @Test
  void raggedRow() throws IOException {
    FormatException e = failure("r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,01/01/2010,01/01/2020,PN1\r\nC1,01/01/2010,01/01/2021\r\n");
    assertThat(e.getMessage()).isEqualTo("r.csv:3:4: the row has 3 fields; the header row has 4");
  }

  @Test
  void unbalancedQuote() throws IOException {
    FormatException e = failure("r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,01/01/2010,\"01/01/2020,PN1\r\nC2,,,\r\n");
    assertThat(e.getMessage()).startsWith("r.csv:2:3: a quoted field is not closed");
  }

  @Test
  void textAfterClosingQuote() throws IOException {
    FormatException e = failure("r.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,\"01\"x,,\r\n");
    assertThat(e.getMessage()).startsWith("r.csv:2:2: unexpected text after the closing quote");
  }

  @Test
  void headerRowOfNoTable() throws IOException {
    FormatException e = failure("data.csv", "SECRET1,01/01/2010,SECRET2\r\n");
    assertThat(e.getMessage()).startsWith("data.csv:1: the first row (3 columns) is not the header row of any SSDA903 table");
    assertThat(e.getMessage()).doesNotContain("SECRET");
  }

  @Test
  void sameTableTwice() throws IOException {
    Files.writeString(dir.resolve("a.csv"), "CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
    FormatException e = failure("b.csv", "CHILD,DOB,REVIEW,REVIEW_CODE\r\n");
    assertThat(e.getMessage()).isEqualTo("b.csv:1: table Reviews was already read from a.csv; a file set has one file per table");
  }

  @Test
  void invalidUtf8() throws IOException {
    byte[] bytes = "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,,,\r\nC\u00e92,,,\r\n".getBytes(StandardCharsets.ISO_8859_1);
    FormatException e = failure("r.csv", bytes);
    assertThat(e.getMessage()).startsWith("r.csv:3:2: the bytes are not valid UTF-8");
  }

  @Test
  void limits() throws IOException {
    Files.writeString(dir.resolve("r.csv"), "CHILD,DOB,REVIEW,REVIEW_CODE\r\nC1,,," + "x".repeat(200) + "\r\n");
    assertThatThrownBy(() -> Ssda903Csv.read(dir, ReadLimits.builder().maxTextLength(100).build()))
        .isInstanceOf(FormatException.class)
        .hasMessage("r.csv:2:4: a field is longer than the limit of 100 characters");
    assertThatThrownBy(() -> Ssda903Csv.read(dir, ReadLimits.builder().maxLineLength(100).build()))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("the row is longer than the limit of 100 characters");
    assertThatThrownBy(() -> Ssda903Csv.read(dir, ReadLimits.builder().maxFields(3).build()))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("more than the limit of 3 fields");
    assertThatThrownBy(() -> Ssda903Csv.read(dir, ReadLimits.builder().maxInputBytes(10).build()))
        .isInstanceOf(FormatException.class)
        .hasMessage("r.csv: the file is larger than the limit of 10 bytes");
  }

  @Test
  void emptyFile() throws IOException {
    FormatException e = failure("x.csv", "");
    assertThat(e.getMessage()).startsWith("x.csv: the file is empty");
  }

  @Test
  void readsFilesWhateverTheirNames() throws IOException {
    Path sample = sampleFolder();
    try (var files = Files.list(sample)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).collect(Collectors.toList())) {
        Files.copy(f, dir.resolve("x_" + f.getFileName().toString().hashCode() + ".CSV"));
      }
    }
    assertThat(Ssda903Csv.read(dir)).isEqualTo(Ssda903Csv.read(sample));
  }

  @Test
  void aFolderWithNoCsvFileIsNotAnEmptyReturn() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    Files.writeString(empty.resolve("readme.txt"), "x");
    assertThatThrownBy(() -> Ssda903Csv.read(empty))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("empty:")
        .hasMessageContaining("holds no CSV file");
  }

  @Test
  void aCsvEntryThatCannotBeReadIsNamedRatherThanSkipped() throws IOException {
    Path set = Files.createDirectories(dir.resolve("set"));
    Files.writeString(set.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
    Files.createDirectories(set.resolve("Reviews.CSV"));
    assertThatThrownBy(() -> Ssda903Csv.read(set))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("Reviews.CSV:")
        .hasMessageContaining("a folder");
    Files.delete(set.resolve("Reviews.CSV"));
    Files.createSymbolicLink(set.resolve("reviews.csv"), set.resolve("gone.csv"));
    assertThatThrownBy(() -> Ssda903Csv.read(set))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("reviews.csv:")
        .hasMessageContaining("link that leads to no file");
  }

  @Test
  void aCsvFileIsStreamedNotHeldWhole() {
    // a 1 GB file: the first rows come back having read only a buffer's worth of it
    byte[] header = "CHILD,DOB,REVIEW,REVIEW_CODE\r\n".getBytes(StandardCharsets.US_ASCII);
    byte[] row = "C1,01/01/2020,01/02/2021,PN1\r\n".getBytes(StandardCharsets.US_ASCII);
    long[] consumed = {0};
    java.io.InputStream in = new java.io.InputStream() {
      final long size = 1L << 30;

      @Override
      public int read() {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (consumed[0] >= size) {
          return -1;
        }
        for (int i = 0; i < len; i++) {
          long at = consumed[0] + i;
          b[off + i] = at < header.length ? header[(int) at] : row[(int) ((at - header.length) % row.length)];
        }
        consumed[0] += len;
        return len;
      }
    };
    var parser = io.github.cscreturns.serialization.ssda903.internal.CsvParser.of("big.csv", in, ReadLimits.defaults());
    assertThat(parser.next().fields()).containsExactly("CHILD", "DOB", "REVIEW", "REVIEW_CODE");
    for (int i = 0; i < 1000; i++) {
      assertThat(parser.next().fields()).containsExactly("C1", "01/01/2020", "01/02/2021", "PN1");
    }
    assertThat(consumed[0]).isLessThan(256 * 1024);
  }

  @Test
  void aStrayQuoteInTheHeaderRowDoesNotEchoTheRowsItSwallows() throws IOException {
    Files.writeString(dir.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,\"MC_DOB\nSECRET42,F,03/04/2011,WBRI,A123456789012,0,\"\n");
    assertThatThrownBy(() -> Ssda903Csv.read(dir))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("header.csv:1:7:")
        .hasMessageContaining("column 7 (not a column name, spanning lines: an unbalanced quote?)")
        .hasMessageNotContaining("SECRET42")
        .hasMessageNotContaining("03/04/2011");
  }

  @Test
  void aRecordsRowHoldsItsItemsAsTheFileSetWritesThem() {
    List<Child> children = Ssda903Csv.read(sampleFolder());
    Child invalid = children.get(4);
    java.util.Map<String, String> episode = Ssda903Csv.row(invalid.episodes().get(0), invalid, CollectionYear.Y2026_27);
    assertThat(episode.keySet()).containsExactlyElementsOf(Ssda903Csv.columns(Ssda903Table.EPISODES, CollectionYear.Y2026_27));
    assertThat(episode).containsEntry("CHILD", invalid.childId().value()).containsEntry("DECOM", "2026-01-05").containsEntry("PLACE", "Q9");
    java.util.Map<String, String> header = Ssda903Csv.row(invalid, invalid, CollectionYear.Y2026_27);
    assertThat(header).containsEntry("DOB", "31/02/2015").containsEntry("ETHNIC", "WXYZ");
    assertThat(Ssda903Csv.row(children.get(0).deprivationsOfLiberty().get(0), children.get(0), CollectionYear.Y2025_26)).isEmpty();
  }
}
