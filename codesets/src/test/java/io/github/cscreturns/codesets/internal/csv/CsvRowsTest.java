package io.github.cscreturns.codesets.internal.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cscreturns.codesets.internal.csv.MalformedCsvException.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {
  private static final CsvRows.Limits SMALL = new CsvRows.Limits(10, 40, 4);

  private static List<List<String>> cells(String text) {
    return CsvRows.parse(text, CsvRows.Limits.DEFAULT).stream().map(CsvRows.Row::cells).toList();
  }

  private static MalformedCsvException failure(String text, CsvRows.Limits limits) {
    try {
      CsvRows.parse(text, limits);
    } catch (MalformedCsvException e) {
      return e;
    }
    throw new AssertionError("no MalformedCsvException");
  }

  @Test
  void quotedCellsHoldCommasAndDoubledQuotes() {
    assertThat(cells("a,\"b, \"\"c\"\"\",d")).containsExactly(List.of("a", "b, \"c\"", "d"));
    assertThat(cells("\"\",\"\"\"\"\n")).containsExactly(List.of("", "\""));
  }

  @Test
  void aQuoteInsideAnUnquotedCellIsText() {
    assertThat(cells("a,b\"c,d\"\n")).containsExactly(List.of("a", "b\"c", "d\""));
  }

  @Test
  void quotedCellsHoldLineBreaksAndRowsKeepTheLineTheyStartOn() {
    List<CsvRows.Row> rows = CsvRows.parse("h1,h2\r\n\"x\r\ny\nz\",2\r\n3,4\r\n", CsvRows.Limits.DEFAULT);
    assertThat(rows).extracting(CsvRows.Row::cells)
        .containsExactly(List.of("h1", "h2"), List.of("x\r\ny\nz", "2"), List.of("3", "4"));
    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 5);
  }

  @Test
  void rowsEndCrlfLfOrCrAndTheLastMayHaveNoLineEnd() {
    List<CsvRows.Row> rows = CsvRows.parse("a\r\nb\nc\rd", CsvRows.Limits.DEFAULT);
    assertThat(rows).extracting(CsvRows.Row::cells).containsExactly(List.of("a"), List.of("b"), List.of("c"), List.of("d"));
    assertThat(rows).extracting(CsvRows.Row::line).containsExactly(1, 2, 3, 4);
  }

  @Test
  void aBlankLineIsOneEmptyCellAndATrailingCommaAnEmptyLastCell() {
    List<CsvRows.Row> rows = CsvRows.parse("a,b\r\n\r\n  \r\n1,\r\n", CsvRows.Limits.DEFAULT);
    assertThat(rows).extracting(CsvRows.Row::cells).containsExactly(List.of("a", "b"), List.of(""), List.of("  "), List.of("1", ""));
    assertThat(rows).extracting(CsvRows.Row::isBlank).containsExactly(false, true, true, false);
    assertThat(cells("")).isEmpty();
  }

  @Test
  void cellTextIsKeptExactly() {
    assertThat(cells(" a , \"b\" ,é😀\n")).containsExactly(List.of(" a ", " \"b\" ", "é😀"));
  }

  @Test
  void aByteOrderMarkIsDroppedAtTheStartOnly() {
    assertThat(cells("\uFEFFa,b\r\n\uFEFFc,d\r\n")).containsExactly(List.of("a", "b"), List.of("\uFEFFc", "d"));
    assertThat(cells("\uFEFF\"a\",b\n")).containsExactly(List.of("a", "b"));
    // the column after a byte order mark counts from the first character after it
    assertThat(failure("\uFEFF\"SECRET", CsvRows.Limits.DEFAULT).column()).isEqualTo(1);
  }

  @Test
  void anUnclosedQuoteIsReportedAtItsOpeningQuote() {
    MalformedCsvException e = failure("a,b\r\n1,\"SECRET\r\n3,4\r\n", CsvRows.Limits.DEFAULT);
    assertThat(e.problem()).isEqualTo(Problem.UNCLOSED_QUOTE);
    assertThat(List.of(e.line(), e.column(), e.cell(), e.rowLine())).containsExactly(2, 3, 2, 2);
    assertThat(e).hasMessage("line 2, column 3 (field 2): a quoted field is not closed before the end of the file (unbalanced quote)");
  }

  @Test
  void textAfterAClosingQuoteIsReportedWhereItIs() {
    MalformedCsvException e = failure("a,b\r\n\"x\ny\",\"SECRET\"z,4\r\n", CsvRows.Limits.DEFAULT);
    assertThat(e.problem()).isEqualTo(Problem.TEXT_AFTER_CLOSING_QUOTE);
    assertThat(List.of(e.line(), e.column(), e.cell(), e.rowLine())).containsExactly(3, 12, 2, 2);
    assertThat(e).hasMessageNotContaining("SECRET").hasMessageNotContaining("z,");
  }

  @Test
  void aCellLongerThanTheLimitIsRefusedWithItsPlaceAndNoValue() {
    MalformedCsvException e = failure("a,b\r\n1,SECRETSECRET\r\n", SMALL);
    assertThat(e.problem()).isEqualTo(Problem.CELL_TOO_LONG);
    assertThat(e).hasMessage("line 2, column 3 (field 2): a field is longer than the limit of 10 characters");
    assertThat(e.limit()).isEqualTo(10);
    MalformedCsvException quoted = failure("a,\"SECRET\nSECRET\"\r\n", SMALL);
    assertThat(quoted).hasMessage("line 1, column 3 (field 2): a field is longer than the limit of 10 characters");
    assertThat(cells("0123456789\n")).containsExactly(List.of("0123456789"));
    assertThat(CsvRows.parse("0123456789\n", SMALL)).hasSize(1);
  }

  @Test
  void aRowLongerThanTheLimitIsRefusedAtTheCellThatPassesIt() {
    MalformedCsvException e = failure("a\r\nSECRET,SECRET,SECRET,\"SECRET\",SECRET\r\n", new CsvRows.Limits(10, 30, 10));
    assertThat(e.problem()).isEqualTo(Problem.ROW_TOO_LONG);
    assertThat(e).hasMessage("line 2, column 31 (field 5): the row is longer than the limit of 30 characters");
  }

  @Test
  void aRowWithMoreCellsThanTheLimitIsRefused() {
    MalformedCsvException e = failure("a,b,c,d\r\n1,2,3,4,SECRET\r\n", SMALL);
    assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_CELLS);
    assertThat(List.of(e.line(), e.column(), e.cell(), e.rowLine())).containsExactly(2, 9, 5, 2);
    assertThat(e).hasMessage("line 2, column 9 (field 5): the row has more than the limit of 4 fields");
  }

  @Test
  void hostileInputIsRefusedBeforeItIsHeld() {
    // a quote that is never closed, followed by a very long text: refused at the cell bound
    String text = "a\r\n\"" + "x".repeat(10_000_000);
    MalformedCsvException e = failure(text, CsvRows.Limits.DEFAULT);
    assertThat(e.problem()).isEqualTo(Problem.CELL_TOO_LONG);
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void streamsRowByRowAndTellsTheLineReached() throws IOException {
    CsvRows rows = CsvRows.of(new StringReader("a\n\"b\nc\"\nd\n"), CsvRows.Limits.DEFAULT);
    assertThat(rows.next()).isEqualTo(new CsvRows.Row(List.of("a"), 1));
    assertThat(rows.line()).isEqualTo(2);
    assertThat(rows.next()).isEqualTo(new CsvRows.Row(List.of("b\nc"), 2));
    assertThat(rows.line()).isEqualTo(4);
    assertThat(rows.next()).isEqualTo(new CsvRows.Row(List.of("d"), 4));
    assertThat(rows.next()).isNull();
    assertThat(rows.next()).isNull();
  }
}
