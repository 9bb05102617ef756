package io.github.cscreturns.codesets.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class CsvCellsTest {
  @Test
  void quotesOnlyACellWithACommaAQuoteOrALineBreak() {
    assertThat(CsvCells.cell("plain text é")).isEqualTo("plain text é");
    assertThat(CsvCells.cell("")).isEqualTo("");
    assertThat(CsvCells.cell(" padded ")).isEqualTo(" padded ");
    assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
    assertThat(CsvCells.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(CsvCells.cell("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(CsvCells.cell("cr\ronly")).isEqualTo("\"cr\ronly\"");
  }

  @Test
  void writesWhatItWouldReturn() throws IOException {
    for (String cell : List.of("plain", "", "a,b", "q\"", "x\r\ny")) {
      StringWriter out = new StringWriter();
      CsvCells.write(out, cell);
      assertThat(out.toString()).as(cell).isEqualTo(CsvCells.cell(cell));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /**
   * Seeded rows of awkward cells (commas, quotes, CR, LF, spaces, non-ASCII, a byte order mark past
   * the start), quoted and written with CRLF or LF line ends, with or without a last line end, then
   * parsed through a reader that hands over a few characters at a time: the rows come back as they
   * were, each at the line it was written on.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void quotingThenParsingGivesTheRowsBack(long seed) throws IOException {
    Random random = new Random(seed);
    String[] pieces = {"a", "Z", "0", " ", ",", "\"", "\r", "\n", "\r\n", "\"\"", "é", "😀", "\uFEFF", "\t", "#"};
    List<List<String>> rows = new ArrayList<>();
    int rowCount = 1 + random.nextInt(25);
    for (int r = 0; r < rowCount; r++) {
      List<String> row = new ArrayList<>();
      int cellCount = 1 + random.nextInt(8);
      for (int c = 0; c < cellCount; c++) {
        StringBuilder cell = new StringBuilder();
        int length = random.nextInt(4) == 0 ? 0 : random.nextInt(12);
        for (int i = 0; i < length; i++) {
          cell.append(pieces[random.nextInt(pieces.length)]);
        }
        if (r == 0 && c == 0 && cell.length() > 0 && cell.charAt(0) == '\uFEFF') {
          cell.setCharAt(0, 'b'); // a leading U+FEFF of the text is taken for a byte order mark
        }
        row.add(cell.toString());
      }
      rows.add(row);
    }
    String lineEnd = random.nextBoolean() ? "\r\n" : "\n";
    StringBuilder text = new StringBuilder();
    List<Integer> lines = new ArrayList<>();
    int line = 1;
    for (int r = 0; r < rows.size(); r++) {
      lines.add(line);
      StringWriter out = new StringWriter();
      for (int c = 0; c < rows.get(r).size(); c++) {
        if (c > 0) {
          out.write(',');
        }
        CsvCells.write(out, rows.get(r).get(c));
      }
      String written = out.toString();
      line += (int) written.chars().filter(ch -> ch == '\n').count() + 1;
      text.append(written);
      // the last row may go without a line end, but not a last row of one empty cell: it would be no row at all
      if (r < rows.size() - 1 || random.nextBoolean() || rows.get(r).equals(List.of(""))) {
        text.append(lineEnd);
      }
    }

    CsvRows parser = CsvRows.of(new TrickleReader(text.toString(), new Random(seed ^ 0x5DEECE66DL)), CsvRows.Limits.DEFAULT);
    List<List<String>> read = new ArrayList<>();
    List<Integer> readLines = new ArrayList<>();
    for (CsvRows.Row row = parser.next(); row != null; row = parser.next()) {
      read.add(row.cells());
      readLines.add(row.line());
    }
    assertThat(read).as("seed %d", seed).isEqualTo(rows);
    assertThat(readLines).as("seed %d: the line each row starts on", seed).isEqualTo(lines);
  }

  /** A reader that hands over one to seven characters a call, so that rows cross every buffer boundary. */
  private static final class TrickleReader extends Reader {
    private final String text;
    private final Random random;
    private int at;

    TrickleReader(String text, Random random) {
      this.text = text;
      this.random = random;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (at >= text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(len, 1 + random.nextInt(7)), text.length() - at);
      text.getChars(at, at + n, buf, off);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
