package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.serialization.ssda903.Ssda903Csv;
import io.github.cscreturns.serialization.ssda903.Ssda903Xml;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code csc validate} through the serialization module's real readers, on the bundled sample. */
class ValidateWithReadersTest {
  /** The sample's deliberate errors, as rule code and child. */
  private static final List<String> DELIBERATE =
      List.of("167 SMP004", "103 SMP007", "INT32 SMP012", "INT32 SMP012", "148 SMP015", "526 SMP018", "146 SMP021");
  /** The children the sample breaks on purpose (SMP004 has review code PN9, for rule 167). */
  private static final Set<String> BROKEN = Set.of("SMP004", "SMP007", "SMP012", "SMP015", "SMP018", "SMP021");

  /** The report's rows: rule_code, severity, child_id, table, record_index, file, line, fields, message. */
  private static List<String[]> rows(String csv) {
    return csv.lines().skip(1).map(l -> l.split(",", 9)).toList();
  }

  /** A row without its file and line, which differ between formats. */
  private static String withoutSource(String[] row) {
    return String.join(",", row[0], row[1], row[2], row[3], row[4], row[7], row[8]);
  }

  @Test
  void theSampleReportsItsDeliberateErrorsAndNothingOnItsValidChildren() {
    CscRun r = csc("validate", "--child-ids", "--sample", "--format", "csv");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.err()).isEmpty();
    List<String[]> rows = rows(r.out());
    assertThat(rows.stream().filter(c -> c[1].equals("error")).map(c -> c[0] + " " + c[2]).toList()).containsAll(DELIBERATE);
    assertThat(rows).allSatisfy(c -> assertThat(BROKEN).as("finding %s on %s", c[0], c[2]).contains(c[2]));
    assertThat(rows).anySatisfy(c -> assertThat(c).startsWith("146", "error", "SMP021", "Episodes", "20", "episodes.csv", "22", "PLACE"));
  }

  @Test
  void theSampleTextReportIsTheMainJob() {
    CscRun r = csc("validate", "--child-ids", "--sample");
    assertThat(r.exitCode()).isEqualTo(0);
    assertThat(r.out())
        .startsWith("SSDA903 2024-25 (bundled sample return)\n"
            + "Reference data: no LA (--la); no postcode directory; no Ofsted lists (--ofsted)\nStages run: 1 and 2\nNOT VALID: 33 children checked, ")
        .contains("\nchild SMP007\n  103 error Header header.csv:8 [ETHNIC] The ethnicity code is either not valid or has not been entered.\n")
        .contains("\nchild SMP015\n  148 error Episodes episodes.csv:")
        .containsPattern("\n  148 error Episodes episodes.csv:\\d+ DECOM \\d\\d/\\d\\d/20\\d\\d \\[DEC, REC\\] ")
        .contains("\nFAILED RULES\n")
        .containsPattern("\n\\d+ rules passed and \\d+ skipped \\(.*\\); --verbose lists every rule.\n")
        .contains("\nFINDINGS BY CHILD\n");
  }

  @Test
  void anXmlFileAndItsCsvFolderGiveTheSameFindings(@TempDir Path dir) throws Exception {
    Path folder = Sample.extractTo(Files.createDirectory(dir.resolve("csv")));
    List<Child> children = Ssda903Csv.read(folder);
    Path xml = dir.resolve("return.xml");
    Ssda903Xml.write(xml, CollectionYear.Y2024_25, children);
    CscRun fromCsv = csc("validate", "--child-ids", "--year", "2024-25", "--format", "csv", folder.toString());
    CscRun fromXml = csc("validate", "--child-ids", "--year", "2024-25", "--format", "csv", xml.toString());
    assertThat(fromXml.exitCode()).isEqualTo(1);
    assertThat(fromXml.err()).isEmpty();
    assertThat(rows(fromXml.out()).stream().map(c -> c[0] + " " + c[2]).toList()).containsAll(DELIBERATE);
    // Same findings from both formats: the XML writer derives the UASC flag from the UASC records, so
    // rule 105 stays silent on an XML return written from a CSV file set.
    assertThat(rows(fromXml.out()).stream().map(ValidateWithReadersTest::withoutSource).toList())
        .containsExactlyElementsOf(rows(fromCsv.out()).stream().map(ValidateWithReadersTest::withoutSource).toList());
    assertThat(rows(fromXml.out())).allSatisfy(c -> assertThat(c[5]).isEqualTo("return.xml"));
    // each XML finding's line is that of its record's element
    List<String> xmlLines = Files.readAllLines(xml);
    assertThat(rows(fromXml.out()).stream().filter(c -> c[3].equals("Episodes")).toList())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(xmlLines.get(Integer.parseInt(c[6]) - 1)).contains("<EPISODE>"));
    assertThat(rows(fromXml.out()).stream().filter(c -> c[3].equals("Header")).toList())
        .isNotEmpty()
        .allSatisfy(c -> assertThat(xmlLines.get(Integer.parseInt(c[6]) - 1)).contains("<HEADER>"));
  }

  /** Replaces the cell of the child's first row in the file's column. */
  private static void setCell(Path file, String child, String column, String value) throws Exception {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    List<String> header = List.of(lines.get(0).split(",", -1));
    int col = header.indexOf(column);
    for (int i = 1; i < lines.size(); i++) {
      String[] cells = lines.get(i).split(",", -1);
      if (cells[0].equals(child)) {
        cells[col] = value;
        lines.set(i, String.join(",", cells));
        Files.write(file, lines);
        return;
      }
    }
    throw new IllegalArgumentException(child + " not in " + file);
  }

  /**
   * Blank, case and spacing are judged once, in the readers, as the DfE portal judges them: a code in
   * lower case is the code, a code with spaces around it is not, a date is d/m/yyyy with nothing
   * around it. Shown per group of rules: Header codes (101, 103), dates (102), Episodes codes (146)
   * and a rule across items (217 sees "a3" as A3).
   */
  @Test
  void lowerCaseCodesAreTheCodePaddedOnesAreNotAndDatesAreDayMonthYear(@TempDir Path dir) throws Exception {
    Path folder = Sample.extractTo(Files.createDirectory(dir.resolve("csv")));
    Path header = folder.resolve("header.csv");
    Path episodes = folder.resolve("episodes.csv");
    setCell(header, "SMP001", "SEX", "m");
    setCell(header, "SMP002", "SEX", " F");
    setCell(header, "SMP003", "ETHNIC", "chne");
    setCell(header, "SMP005", "ETHNIC", "WBRI ");
    setCell(header, "SMP006", "DOB", "1/7/2010");
    setCell(header, "SMP008", "DOB", " 01/07/2010");
    setCell(episodes, "SMP001", "PLACE", "u3");
    setCell(episodes, "SMP002", "PLACE", "U4 ");
    setCell(episodes, "SMP003", "PLACE", "a3");
    setCell(episodes, "SMP003", "RNE", "P");
    CscRun r = csc("validate", "--child-ids", "--year", "2024-25", "--format", "csv", folder.toString());
    assertThat(r.err()).isEmpty();
    List<String> found = rows(r.out()).stream().map(c -> c[0] + " " + c[2]).toList();
    assertThat(found).contains("101 SMP002", "103 SMP005", "102 SMP008", "146 SMP002", "217 SMP003");
    assertThat(found).doesNotContain("101 SMP001", "103 SMP003", "102 SMP006", "146 SMP001", "146 SMP003");
  }

  @Test
  void csvFindingsNameTheRowAndLineOfTheirOwnFileWhenTablesAreNotSortedLikeTheHeader(@TempDir Path dir) throws Exception {
    Path folder = Sample.extractTo(Files.createDirectory(dir.resolve("csv")));
    for (String table : List.of("header.csv", "episodes.csv", "reviews.csv")) {
      Path file = folder.resolve(table);
      List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
      List<String> data = new java.util.ArrayList<>(lines.subList(1, lines.size()));
      java.util.Collections.reverse(data);
      if (table.equals("header.csv")) {
        java.util.Collections.rotate(data, 5); // the header in an order of its own
      }
      lines.subList(1, lines.size()).clear();
      lines.addAll(data);
      Files.write(file, lines);
    }
    CscRun r = csc("validate", "--child-ids", "--year", "2024-25", "--format", "csv", folder.toString());
    assertThat(r.err()).isEmpty();
    List<String[]> rows = rows(r.out());
    assertThat(rows).extracting(c -> c[0] + " " + c[2]).containsAll(DELIBERATE);
    for (String[] c : rows) {
      if (c[4].isEmpty()) {
        continue;
      }
      // record_index is the data row in the finding's own file: line = index + 2, and that line is the child's
      assertThat(c[5]).isNotEmpty();
      int line = Integer.parseInt(c[6]);
      assertThat(line).as("%s", String.join(",", c)).isEqualTo(Integer.parseInt(c[4]) + 2);
      List<String> fileLines = Files.readAllLines(folder.resolve(c[5]));
      assertThat(fileLines.get(line - 1)).as("%s", String.join(",", c)).contains(c[2]);
    }
    assertThat(rows).anySatisfy(c -> assertThat(c).startsWith("148", "error", "SMP015", "Episodes"));
    assertThat(rows).anySatisfy(c -> assertThat(c).startsWith("103", "error", "SMP007", "Header"));
  }

  @Test
  void validatingTheSameInputTwiceGivesByteIdenticalReports(@TempDir Path dir) throws Exception {
    Path folder = Sample.extractTo(Files.createDirectory(dir.resolve("csv")));
    Path xml = dir.resolve("return.xml");
    Ssda903Xml.write(xml, CollectionYear.Y2024_25, Ssda903Csv.read(folder));
    for (Path input : List.of(folder, xml)) {
      for (String format : List.of("text", "csv", "json")) {
        String a = csc("validate", "--year", "2024-25", "--format", format, input.toString()).out();
        String b = csc("validate", "--year", "2024-25", "--format", format, "--threads", "2", input.toString()).out();
        assertThat(a).isEqualTo(b).isNotEmpty();
      }
    }
  }

  @Test
  void aBrokenXmlFileIsOneLineNamingTheLocationAndExitTwo(@TempDir Path dir) throws Exception {
    Path xml = dir.resolve("broken.xml");
    Files.writeString(xml, "<?xml version=\"1.0\"?>\n<EXPSSDA903>\n  <CHILD>\n    <HEADER>\n", StandardCharsets.UTF_8);
    CscRun r = csc("validate", "--year", "2024-25", xml.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith(xml + ":5:");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void aBrokenCsvFolderIsOneLineNamingTheLocationAndExitTwo(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\r\nA1,M,\"01/01/2010\r\n", StandardCharsets.UTF_8);
    CscRun r = csc("validate", "--year", "2024-25", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).startsWith(dir.resolve("header.csv") + ":2:");
  }

  @Test
  void thePreviousYearIsReadLikeTheInput(@TempDir Path dir) throws Exception {
    Path folder = Sample.extractTo(Files.createDirectory(dir.resolve("csv")));
    CscRun r = csc("validate", "--year", "2024-25", "--format", "json", "--previous", folder.toString(), folder.toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("needs the previous year's return");
  }
}
