package io.github.cscreturns.cli;

import static io.github.cscreturns.cli.CscRun.csc;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that cannot be validated are never called valid: {@code csc validate} exits 2 with one line
 * naming the entry, and crafted text in a return cannot forge report lines.
 */
class UnusableInputTest {
  @TempDir Path dir;

  private CscRun validate(Path input) {
    return csc("validate", "--year", "2024-25", "--child-ids", input.toString());
  }

  @Test
  void anEmptyFolderIsNotAValidReturn() {
    CscRun r = validate(dir);
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.out()).doesNotContain("VALID");
    assertThat(r.err()).contains("holds no CSV file").hasLineCount(1);
  }

  @Test
  void aFolderOfOtherFilesIsNotAValidReturn() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "x");
    Files.writeString(dir.resolve("return.xlsx"), "x");
    CscRun r = validate(dir);
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("holds no CSV file");
  }

  @Test
  void aCsvEntryThatIsNotAFileIsNamedNotSkipped() throws IOException {
    Path set = Files.createDirectories(dir.resolve("set"));
    Files.writeString(set.resolve("header.csv"), "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n");
    Files.createDirectories(set.resolve("episodes.csv"));
    CscRun folder = validate(set);
    assertThat(folder.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(folder.err()).contains("episodes.csv").contains("a folder");

    Files.delete(set.resolve("episodes.csv"));
    Files.createSymbolicLink(set.resolve("episodes.csv"), set.resolve("nowhere.csv"));
    CscRun dangling = validate(set);
    assertThat(dangling.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(dangling.err()).contains("episodes.csv").contains("link");

    Files.delete(set.resolve("episodes.csv"));
    Files.createSymbolicLink(set.resolve("episodes.csv"), set.resolve("episodes.csv"));
    CscRun looping = validate(set);
    assertThat(looping.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(looping.err()).contains("episodes.csv");
  }

  @Test
  void anEmptyPreviousYearFolderIsUnusableToo() throws IOException {
    Path previous = Files.createDirectories(dir.resolve("last"));
    CscRun r = csc("validate", "--previous", previous.toString(), "--sample");
    assertThat(r.exitCode()).isEqualTo(Csc.USAGE);
    assertThat(r.err()).contains("holds no CSV file");
  }

  @Test
  void controlCharactersInAChildIdCannotForgeReportLines() throws IOException {
    Path set = Files.createDirectories(dir.resolve("set"));
    String forged = "X1\r\nVALID: 0 children checked\u001b[2J";
    Files.writeString(set.resolve("header.csv"),
        "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n\"" + forged + "\",Q,01/01/2010,WBRI,A123456789012,,\n");
    CscRun r = validate(set);
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    assertThat(r.out()).doesNotContain("\u001b").doesNotContain("\r")
        // the child ID as the DfE judges it (upper-cased, see docs/reading-rules.md), its control characters escaped
        .contains("child X1\\u000D\\u000AVALID: 0 CHILDREN CHECKED\\u001B[2J");
    assertThat(r.out().lines()).noneMatch(l -> l.startsWith("VALID"));
  }
}
