package io.github.cscreturns.reference.ofsted;

import io.github.cscreturns.reference.internal.CsvRecords;
import io.github.cscreturns.reference.internal.XlsxWorkbook;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One of Ofsted's published provider lists, read from the spreadsheet as Ofsted publishes it (xlsx)
 * or from CSV: the children's homes list ("Provider information" sheet, or the older "Settings and
 * Inspection Info" with "Address Details") or the social care providers list (current providers and
 * the providers-closed sheet). Every sheet with a URN column is read; a provider found on several
 * sheets is one provider (see {@link OfstedProviders}).
 *
 * <p>Ofsted's column names change from year to year; these are accepted (case, spacing and
 * punctuation aside): placement type codes "Provider Code" (children's homes) or "Placement code";
 * placement provider codes "Provider Placement Code" (children's homes) or "Placement provider code";
 * end of registration "Closed Date", "Deregistration date", "Date closed", "Closure date"; postcode
 * "Setting Postcode", "Setting Address Postcode", "Setting postcode", "Postcode"; local authority
 * "Local Authority". Codes may be separated by commas, slashes or spaces. Dates are Excel day numbers
 * or text dd/mm/yyyy or yyyy-mm-dd; "-" and blank mean none.
 *
 * <p>The list's date (for reports) is taken from the file name ("…31_March_2024…", "2024-03-31")
 * or, for xlsx, from the workbook's last-modified date.
 *
 * @since 2022-23
 */
public final class OfstedProviderList {
  /** Rows searched for the header (Ofsted's sheets may open with a title). */
  private static final int HEADER_SEARCH_ROWS = 20;
  private static final int MAX_PROVIDERS = 1_000_000;

  private static final List<String> URN = List.of("urn");
  private static final List<String> PLACEMENT_CODES = List.of("placement code", "provider code", "placement codes", "place");
  private static final List<String> PROVIDER_CODES =
      List.of("placement provider code", "provider placement code", "placement provider codes", "place provider");
  private static final List<String> REGISTRATION_END =
      List.of("closed date", "deregistration date", "date closed", "closure date", "date of deregistration", "registration end date");
  private static final List<String> POSTCODE =
      List.of("setting postcode", "setting address postcode", "setting post code", "postcode", "provider postcode");
  private static final List<String> LOCAL_AUTHORITY = List.of("local authority", "local authority name");

  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern SERIAL = Pattern.compile("\\d{1,6}(\\.\\d+)?");
  private static final Pattern NAMED_DATE =
      Pattern.compile("(\\d{1,2})[ _-]?(january|february|march|april|may|june|july|august|september|october|november|december)[ _-]?(\\d{4})", Pattern.CASE_INSENSITIVE);

  private final String source;
  private final Optional<LocalDate> listDate;
  private final List<OfstedProvider> providers;

  private OfstedProviderList(String source, Optional<LocalDate> listDate, List<OfstedProvider> providers) {
    this.source = source;
    this.listDate = listDate;
    this.providers = List.copyOf(providers);
  }

  /**
   * Reads a list: xlsx (by the {@code .xlsx} extension) or CSV (any other).
   *
   * @param file the file
   * @return the list
   * @throws IllegalArgumentException naming the file, sheet and cell (or line and column), never a
   * value, if the file is malformed or has no URN column
   * @throws IOException if the input or output cannot be read or written
   */
  public static OfstedProviderList read(Path file) throws IOException {
    String name = file.getFileName().toString();
    if (name.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      try (XlsxWorkbook workbook = XlsxWorkbook.open(file)) {
        return readXlsx(workbook, name);
      }
    }
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)) {
      return readCsv(reader, name);
    }
  }

  /**
   * Reads a list from CSV text with a header row; {@code source} names it in errors.
   *
   * @param reader where to read from
   * @param source where the input comes from
   * @return the list
   * @throws IOException if the input or output cannot be read or written
   */
  public static OfstedProviderList readCsv(Reader reader, String source) throws IOException {
    CsvRecords csv = new CsvRecords(reader, source);
    List<OfstedProvider> providers = new ArrayList<>();
    Columns columns = null;
    int rowsRead = 0;
    for (Optional<List<String>> next = csv.next(); next.isPresent(); next = csv.next()) {
      List<String> row = next.get();
      int line = csv.recordLine();
      if (columns == null) {
        columns = Columns.of(row);
        if (columns == null && ++rowsRead >= HEADER_SEARCH_ROWS) {
          break;
        }
        continue;
      }
      columns.provider(row, "csv", c -> csv.error(line, c + 1, "")).ifPresent(p -> add(providers, p, source));
    }
    if (columns == null) {
      throw new IllegalArgumentException(source + ": no header row with a URN column");
    }
    return new OfstedProviderList(source, dateInName(source), providers);
  }

  private static OfstedProviderList readXlsx(XlsxWorkbook workbook, String source) throws IOException {
    List<OfstedProvider> providers = new ArrayList<>();
    boolean anyUrnColumn = false;
    for (XlsxWorkbook.Sheet sheet : workbook.sheets()) {
      SheetReader reader = new SheetReader(source, sheet.name(), providers);
      workbook.rows(sheet, reader);
      anyUrnColumn |= reader.columns != null;
    }
    if (!anyUrnColumn) {
      throw new IllegalArgumentException(source + ": no sheet has a header row with a URN column");
    }
    Optional<LocalDate> date = dateInName(source).or(() -> modified(workbook));
    return new OfstedProviderList(source, date, providers);
  }

  private static final class SheetReader implements XlsxWorkbook.RowHandler {
    private final String source;
    private final String sheet;
    private final List<OfstedProvider> providers;
    private Columns columns;
    private int rowsSeen;

    SheetReader(String source, String sheet, List<OfstedProvider> providers) {
      this.source = source;
      this.sheet = sheet;
      this.providers = providers;
    }

    @Override
    public void row(int rowNumber, List<String> cells) {
      if (columns == null) {
        if (rowsSeen++ < HEADER_SEARCH_ROWS) {
          columns = Columns.of(cells);
        }
        return;
      }
      columns
          .provider(cells, sheet, c -> new IllegalArgumentException(source + ", sheet '" + sheet + "', cell " + cellName(c, rowNumber) + ": "))
          .ifPresent(p -> add(providers, p, source));
    }
  }

  private static void add(List<OfstedProvider> providers, OfstedProvider p, String source) {
    if (providers.size() == MAX_PROVIDERS) {
      throw new IllegalArgumentException(source + ": more than " + MAX_PROVIDERS + " providers");
    }
    providers.add(p);
  }

  static String cellName(int column, int row) {
    StringBuilder s = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      s.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return s.toString() + row;
  }

  /** Where each known column is in a sheet, from its header row. */
  private static final class Columns {
    private final int urn;
    private final int placementCodes;
    private final int providerCodes;
    private final int registrationEnd;
    private final int postcode;
    private final int localAuthority;

    private Columns(List<String> header) {
      urn = find(header, URN);
      placementCodes = find(header, PLACEMENT_CODES);
      providerCodes = find(header, PROVIDER_CODES);
      registrationEnd = find(header, REGISTRATION_END);
      postcode = find(header, POSTCODE);
      localAuthority = find(header, LOCAL_AUTHORITY);
    }

    /** The columns of a header row, or null if the row is not one (no URN column). */
    static Columns of(List<String> row) {
      Columns c = new Columns(row);
      return c.urn < 0 ? null : c;
    }

    private static int find(List<String> header, List<String> names) {
      for (String name : names) {
        for (int i = 0; i < header.size(); i++) {
          if (normalised(header.get(i)).equals(name)) {
            return i;
          }
        }
      }
      return -1;
    }

    Optional<OfstedProvider> provider(List<String> row, String sheet, java.util.function.IntFunction<IllegalArgumentException> at) {
      String urnText = cell(row, urn).strip();
      if (urnText.isEmpty()) {
        return Optional.empty();
      }
      if (urnText.length() > 32) {
        throw withWhat(at.apply(urn), "a URN longer than 32 characters");
      }
      if (urnText.endsWith(".0") && urnText.substring(0, urnText.length() - 2).chars().allMatch(Character::isDigit)) {
        urnText = urnText.substring(0, urnText.length() - 2); // a numeric cell
      }
      return Optional.of(
          new OfstedProvider(
              urnText,
              codes(cell(row, placementCodes)),
              codes(cell(row, providerCodes)),
              date(cell(row, registrationEnd), () -> at.apply(registrationEnd)),
              text(cell(row, postcode)),
              text(cell(row, localAuthority)),
              sheet));
    }

    private static String cell(List<String> row, int column) {
      return column >= 0 && column < row.size() ? row.get(column) : "";
    }
  }

  private static IllegalArgumentException withWhat(IllegalArgumentException at, String what) {
    return new IllegalArgumentException(at.getMessage() + what);
  }

  private static String normalised(String header) {
    return header.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
  }

  private static java.util.Set<String> codes(String text) {
    java.util.Set<String> codes = new java.util.LinkedHashSet<>();
    for (String part : text.split("[,/;\\s]+")) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (!code.isEmpty() && !code.equals("-")) {
        codes.add(code);
      }
    }
    return codes;
  }

  private static Optional<String> text(String cell) {
    String t = cell.strip();
    return t.isEmpty() || t.equals("-") ? Optional.empty() : Optional.of(t);
  }

  private static Optional<LocalDate> date(String cell, java.util.function.Supplier<IllegalArgumentException> at) {
    String t = cell.strip();
    String lower = t.toLowerCase(Locale.ROOT);
    if (t.isEmpty() || t.equals("-") || lower.equals("n/a") || lower.equals("null") || lower.equals("none")) {
      return Optional.empty();
    }
    try {
      if (SERIAL.matcher(t).matches()) {
        long days = (long) Double.parseDouble(t);
        return Optional.of(LocalDate.of(1899, 12, 30).plusDays(days)); // Excel's day 0 (with its 1900 leap-year quirk)
      }
      Matcher iso = ISO_DATE.matcher(t.length() > 10 ? t.substring(0, 10) : t);
      if (iso.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3))));
      }
      Matcher uk = UK_DATE.matcher(t);
      if (uk.matches()) {
        return Optional.of(LocalDate.of(Integer.parseInt(uk.group(3)), Integer.parseInt(uk.group(2)), Integer.parseInt(uk.group(1))));
      }
    } catch (java.time.DateTimeException | NumberFormatException e) {
      // below
    }
    throw withWhat(at.get(), "a date (dd/mm/yyyy, yyyy-mm-dd or an Excel date) was expected");
  }

  private static Optional<LocalDate> dateInName(String fileName) {
    Matcher named = NAMED_DATE.matcher(fileName);
    if (named.find()) {
      try {
        Month month = Month.valueOf(named.group(2).toUpperCase(Locale.ROOT));
        return Optional.of(LocalDate.of(Integer.parseInt(named.group(3)), month, Integer.parseInt(named.group(1))));
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    Matcher iso = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})").matcher(fileName);
    if (iso.find()) {
      try {
        return Optional.of(LocalDate.parse(iso.group()));
      } catch (DateTimeParseException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> modified(XlsxWorkbook workbook) {
    try {
      Optional<XMLStreamReader> core = workbook.part("docProps/core.xml");
      if (core.isEmpty()) {
        return Optional.empty();
      }
      XMLStreamReader r = core.get();
      try {
        while (r.hasNext()) {
          if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("modified")) {
            String text = r.getElementText().strip();
            return text.length() >= 10 ? Optional.of(LocalDate.parse(text.substring(0, 10))) : Optional.empty();
          }
        }
      } finally {
        r.close();
      }
    } catch (IOException | XMLStreamException | IllegalArgumentException | DateTimeParseException e) {
      // the date is for reports only: without it the list is still read
    }
    return Optional.empty();
  }

  /**
   * The file's name.
   *
   * @return the file's name
   */
  public String source() {
    return source;
  }

  /**
   * The list's date, where the file name or the workbook gives one.
   *
   * @return the list's date, where the file name or the workbook gives one
   */
  public Optional<LocalDate> listDate() {
    return listDate;
  }

  /**
   * Every provider row read, in sheet and row order.
   *
   * @return every provider row read, in sheet and row order
   */
  public List<OfstedProvider> providers() {
    return providers;
  }

  @Override
  public String toString() {
    return source + listDate.map(d -> " (" + d + ")").orElse("") + ": " + providers.size() + " providers";
  }
}
