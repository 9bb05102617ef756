package io.github.cscreturns.serialization.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every column is read into its own field, in CSV and in XML, for every table and every year that
 * collects it: a test that fails when any one column is read into the wrong field. The columns, their
 * years and their XML elements come from {@code ../shared/spec/ssda903/fields.csv}; which field holds
 * which item is written out here, item by item, independently of the readers.
 *
 * <p>Two readings of each table and year: each column alone holds a valid value (all others blank),
 * and exactly that item's field holds it; and every column holds a text of its own that is no value
 * of any type, and each lands under its own item (in its own field for free text, in {@code
 * unparsed} under its own name otherwise). The CSV columns are shuffled (seeded), so that the file's
 * order is not the layout's.
 */
class ColumnsByNameTest {
  @TempDir Path dir;

  /** A table's own item: how to get its field from a record, and a valid value as written. */
  private record Item(String name, Function<Ssda903Record, Optional<?>> field, String valid) {}

  private static Item item(String name, String valid, Function<Ssda903Record, Optional<?>> field) {
    return new Item(name, field, valid);
  }

  private static <R> Function<Ssda903Record, Optional<?>> of(Class<R> type, Function<R, Optional<?>> f) {
    return r -> f.apply(type.cast(r));
  }

  private static final Map<Ssda903Table, List<Item>> ITEMS = new LinkedHashMap<>();

  static {
    ITEMS.put(Ssda903Table.HEADER, List.of(
        item("SEX", "2", of(Child.class, Child::sex)),
        item("DOB", "03/02/2010", of(Child.class, Child::dob)),
        item("ETHNIC", "WIRI", of(Child.class, Child::ethnicity)),
        item("UPN", "A123456789012", of(Child.class, Child::upn)),
        item("MOTHER", "1", of(Child.class, Child::motherStatus)),
        item("MC_DOB", "04/05/2026", of(Child.class, Child::motherChildDob))));
    ITEMS.put(Ssda903Table.EPISODES, List.of(
        item("DECOM", "01/04/2020", of(Episode.class, Episode::start)),
        item("RNE", "L", of(Episode.class, Episode::reasonNewEpisode)),
        item("LS", "C2", of(Episode.class, Episode::legalStatus)),
        item("CIN", "N2", of(Episode.class, Episode::categoryOfNeed)),
        item("PLACE", "A4", of(Episode.class, e -> e.placement().type())),
        item("PLACE_PROVIDER", "PR1", of(Episode.class, e -> e.placement().provider())),
        item("DEC", "02/05/2021", of(Episode.class, Episode::end)),
        item("REC", "E11", of(Episode.class, Episode::reasonCeased)),
        item("REASON_PLACE_CHANGE", "CLOSE", of(Episode.class, Episode::reasonPlaceChange)),
        item("HOME_POST", "AB1 2CD", of(Episode.class, Episode::homePostcode)),
        item("PL_POST", "EF3 4GH", of(Episode.class, e -> e.placement().postcode())),
        item("URN", "SC123456", of(Episode.class, e -> e.placement().urn()))));
    ITEMS.put(Ssda903Table.REVIEWS, List.of(
        item("DOB", "03/02/2010", of(Review.class, Review::dob)),
        item("REVIEW", "05/06/2021", of(Review.class, Review::date)),
        item("REVIEW_CODE", "PN1", of(Review.class, Review::participation))));
    ITEMS.put(Ssda903Table.UASC, List.of(
        item("SEX", "2", of(Uasc.class, Uasc::sex)),
        item("DOB", "03/02/2010", of(Uasc.class, Uasc::dob)),
        item("DUC", "06/07/2022", of(Uasc.class, Uasc::ceasedDate))));
    ITEMS.put(Ssda903Table.OC2, List.of(
        item("DOB", "03/02/2010", of(HealthOutcomes.class, HealthOutcomes::dob)),
        item("SDQ_SCORE", "17", of(HealthOutcomes.class, HealthOutcomes::sdqScore)),
        item("SDQ_REASON", "SDQ2", of(HealthOutcomes.class, HealthOutcomes::sdqReason)),
        item("CONVICTED", "1", of(HealthOutcomes.class, HealthOutcomes::convicted)),
        item("HEALTH_CHECK", "1", of(HealthOutcomes.class, HealthOutcomes::healthCheck)),
        item("IMMUNISATIONS", "1", of(HealthOutcomes.class, HealthOutcomes::immunisations)),
        item("TEETH_CHECK", "1", of(HealthOutcomes.class, HealthOutcomes::teethCheck)),
        item("HEALTH_ASSESSMENT", "1", of(HealthOutcomes.class, HealthOutcomes::healthAssessment)),
        item("SUBSTANCE_MISUSE", "1", of(HealthOutcomes.class, HealthOutcomes::substanceMisuse)),
        item("INTERVENTION_RECEIVED", "1", of(HealthOutcomes.class, HealthOutcomes::interventionReceived)),
        item("INTERVENTION_OFFERED", "1", of(HealthOutcomes.class, HealthOutcomes::interventionOffered))));
    ITEMS.put(Ssda903Table.OC3, List.of(
        item("DOB", "03/02/2010", of(CareLeaverCheckpoint.class, CareLeaverCheckpoint::dob)),
        item("IN_TOUCH", "NO", of(CareLeaverCheckpoint.class, CareLeaverCheckpoint::inTouch)),
        item("ACTIV", "P1", of(CareLeaverCheckpoint.class, CareLeaverCheckpoint::activity)),
        item("ACCOM", "B2", of(CareLeaverCheckpoint.class, CareLeaverCheckpoint::accommodation))));
    ITEMS.put(Ssda903Table.AD1, List.of(
        item("DOB", "03/02/2010", of(Adoption.class, Adoption::dob)),
        item("DATE_INT", "07/08/2021", of(Adoption.class, Adoption::decisionDate)),
        item("DATE_MATCH", "08/09/2021", of(Adoption.class, Adoption::matchedDate)),
        item("FOSTER_CARE", "1", of(Adoption.class, Adoption::adoptedByFosterCarer)),
        item("NB_ADOPTR", "2", of(Adoption.class, Adoption::numberOfAdopters)),
        item("SEX_ADOPTR", "F1", of(Adoption.class, Adoption::adopterSex)),
        item("LS_ADOPTR", "L11", of(Adoption.class, Adoption::adopterLegalStatus))));
    ITEMS.put(Ssda903Table.PLACED_ADOPTION, List.of(
        item("DOB", "03/02/2010", of(PlacedForAdoption.class, PlacedForAdoption::dob)),
        item("DATE_PLACED", "09/10/2021", of(PlacedForAdoption.class, PlacedForAdoption::decisionDate)),
        item("DATE_PLACED_CEASED", "10/11/2021", of(PlacedForAdoption.class, PlacedForAdoption::ceasedDate)),
        item("REASON_PLACED_CEASED", "RD2", of(PlacedForAdoption.class, PlacedForAdoption::reasonCeased))));
    ITEMS.put(Ssda903Table.PREV_PERM, List.of(
        item("DOB", "03/02/2010", of(PreviousPermanence.class, PreviousPermanence::dob)),
        item("PREV_PERM", "P2", of(PreviousPermanence.class, PreviousPermanence::option)),
        item("LA_PERM", "318", of(PreviousPermanence.class, PreviousPermanence::arrangingLa)),
        item("DATE_PERM", "11/12/2019", of(PreviousPermanence.class, PreviousPermanence::date))));
    ITEMS.put(Ssda903Table.MISSING, List.of(
        item("DOB", "03/02/2010", of(MissingEpisode.class, MissingEpisode::dob)),
        item("MISSING", "A", of(MissingEpisode.class, MissingEpisode::type)),
        item("MIS_START", "12/01/2022", of(MissingEpisode.class, MissingEpisode::start)),
        item("MIS_END", "13/02/2022", of(MissingEpisode.class, MissingEpisode::end))));
    ITEMS.put(Ssda903Table.SW_EPISODES, List.of(
        item("DOB", "03/02/2010", of(SocialWorkerEpisode.class, SocialWorkerEpisode::dob)),
        item("SW_ID", "SW99", of(SocialWorkerEpisode.class, SocialWorkerEpisode::socialWorkerId)),
        item("SW_DECOM", "14/03/2023", of(SocialWorkerEpisode.class, SocialWorkerEpisode::start)),
        item("SW_DEC", "15/04/2023", of(SocialWorkerEpisode.class, SocialWorkerEpisode::end)),
        item("SW_REASON", "FCONTA", of(SocialWorkerEpisode.class, SocialWorkerEpisode::reasonEnded))));
    ITEMS.put(Ssda903Table.DOLO, List.of(
        item("DOB", "03/02/2010", of(DeprivationOfLiberty.class, DeprivationOfLiberty::dob)),
        item("DOLO_START", "16/05/2026", of(DeprivationOfLiberty.class, DeprivationOfLiberty::start)),
        item("DOLO_END", "17/06/2026", of(DeprivationOfLiberty.class, DeprivationOfLiberty::end))));
  }

  /** Items whose field holds any text (identifiers, free text): distinct text lands in the field itself. */
  private static final List<String> FREE_TEXT = List.of("UPN", "HOME_POST", "PL_POST", "URN", "LA_PERM", "SW_ID");

  /** One column of a table in the spec: its CSV name, XML path, years. */
  private record SpecColumn(String name, String xmlPath, Optional<CollectionYear> first) {}

  private static List<SpecColumn> spec(Ssda903Table table) {
    List<SpecColumn> out = new ArrayList<>();
    for (Map<String, String> r : SpecFiles.csv("ssda903/fields.csv")) {
      if (r.get("table").equals(table.dfeName()) && !r.get("csv_column").startsWith("(") && !r.get("last_year").equals("2012-13")) {
        String first = r.get("first_year");
        out.add(new SpecColumn(r.get("csv_column"), r.get("xml_element"), first.isEmpty() ? Optional.empty() : Optional.of(CollectionYear.parse(first))));
      }
    }
    return out;
  }

  static Stream<Object[]> tablesAndYears() {
    List<Object[]> out = new ArrayList<>();
    for (Ssda903Table t : Ssda903Table.values()) {
      for (CollectionYear y : CollectionYear.values()) {
        if (t.collected().contains(y)) {
          out.add(new Object[] {t, y});
        }
      }
    }
    return out.stream();
  }

  /** The columns of the table collected in the year. */
  private static List<SpecColumn> columns(Ssda903Table table, CollectionYear year) {
    return spec(table).stream().filter(c -> c.first().map(f -> f.compareTo(year) <= 0).orElse(true)).toList();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("tablesAndYears")
  void eachColumnAloneIsReadIntoItsOwnField(Ssda903Table table, CollectionYear year) throws IOException {
    List<Item> items = ITEMS.get(table);
    for (SpecColumn column : columns(table, year)) {
      if (column.name().equals("CHILD")) {
        continue;
      }
      Item item = items.stream().filter(i -> i.name().equals(column.name())).findFirst()
          .orElseThrow(() -> new AssertionError(table + " " + column.name() + " has no field named in this test"));
      Map<String, String> row = Map.of(column.name(), item.valid());
      List<Ssda903Record> read = new ArrayList<>(List.of(fromCsv(table, year, row)));
      // XML records do not repeat the Header's DOB and SEX
      if (table == Ssda903Table.HEADER || !column.name().equals("DOB") && !column.name().equals("SEX")) {
        read.add(fromXml(table, year, row));
      }
      for (Ssda903Record r : read) {
        String where = table + " " + year + " " + column.name() + (r.source().flatMap(s -> s.file()).orElse("").endsWith(".xml") ? " (XML)" : " (CSV)");
        assertThat(r.unparsed()).as(where).isEmpty();
        for (Item other : items) {
          Optional<?> value = other.field().apply(r);
          if (other == item) {
            assertThat(value.map(ColumnsByNameTest::text)).as(where).contains(item.valid());
          } else {
            assertThat(value).as(where + ": " + other.name() + " must stay empty").isEmpty();
          }
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("tablesAndYears")
  void everyColumnsOwnTextLandsUnderItsOwnItem(Ssda903Table table, CollectionYear year) throws IOException {
    Map<String, String> row = new LinkedHashMap<>();
    for (SpecColumn column : columns(table, year)) {
      if (!column.name().equals("CHILD")) {
        row.put(column.name(), "Q-" + column.name());
      }
    }
    List<Ssda903Record> read = new ArrayList<>(List.of(fromCsv(table, year, row)));
    read.add(fromXml(table, year, row));
    for (Ssda903Record r : read) {
      boolean xml = r.source().flatMap(s -> s.file()).orElse("").endsWith(".xml");
      for (String name : row.keySet()) {
        if (xml && table != Ssda903Table.HEADER && (name.equals("DOB") || name.equals("SEX"))) {
          continue;
        }
        String where = table + " " + year + " " + name + (xml ? " (XML)" : " (CSV)");
        if (FREE_TEXT.contains(name)) {
          Item item = ITEMS.get(table).stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow();
          assertThat(item.field().apply(r).map(ColumnsByNameTest::text)).as(where).contains("Q-" + name);
        } else {
          assertThat(r.unparsed(name)).as(where).contains("Q-" + name);
        }
      }
    }
  }

  private static String text(Object value) {
    if (value instanceof Code c) {
      return c.code();
    }
    if (value instanceof LocalDate d) {
      return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }
    return value.toString();
  }

  // ---------------------------------------------------------------- CSV

  private int sets;

  /** Reads the table's one row (CHILD C1, the given cells, the rest blank) from a CSV file set, its columns shuffled. */
  private Ssda903Record fromCsv(Ssda903Table table, CollectionYear year, Map<String, String> cells) throws IOException {
    Path set = Files.createDirectory(dir.resolve("csv" + (++sets)));
    if (table != Ssda903Table.HEADER) {
      writeCsv(set.resolve("header.csv"), columns(Ssda903Table.HEADER, year), Map.of(), year);
    }
    writeCsv(set.resolve(table.name().toLowerCase(java.util.Locale.ROOT) + ".csv"), columns(table, year), cells, year);
    List<Child> children = Ssda903Csv.read(set);
    assertThat(children).hasSize(1);
    writtenBackUnderTheSameColumns(table, year, cells, children);
    return recordOf(children.get(0), table);
  }

  /** Written back, each cell is under its own column again: the writer addresses items by name too. */
  private void writtenBackUnderTheSameColumns(Ssda903Table table, CollectionYear year, Map<String, String> cells, List<Child> children)
      throws IOException {
    Path out = Files.createDirectory(dir.resolve("out" + sets));
    Ssda903Csv.write(out, year, children);
    Path file;
    try (Stream<Path> files = Files.list(out)) {
      file = files.filter(f -> {
        try {
          List<String> names = List.of(Files.readAllLines(f).get(0).split(",", -1));
          return names.containsAll(columns(table, year).stream().map(SpecColumn::name).toList()) && names.size() == columns(table, year).size();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).findFirst().orElseThrow();
    }
    List<String> lines = Files.readAllLines(file);
    List<String> names = List.of(lines.get(0).split(",", -1));
    List<String> values = List.of(lines.get(1).split(",", -1));
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      assertThat(values.get(names.indexOf(cell.getKey()))).as(table + " " + year + " " + cell.getKey() + " written back").isEqualTo(cell.getValue());
    }
  }

  private static void writeCsv(Path file, List<SpecColumn> columns, Map<String, String> cells, CollectionYear year) throws IOException {
    List<SpecColumn> order = new ArrayList<>(columns);
    Collections.shuffle(order, new Random(year.ordinal() * 31L + columns.size()));
    StringBuilder b = new StringBuilder();
    b.append(String.join(",", order.stream().map(SpecColumn::name).toList())).append("\r\n");
    b.append(String.join(",", order.stream().map(c -> c.name().equals("CHILD") ? "C1" : cells.getOrDefault(c.name(), "")).toList())).append("\r\n");
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }

  // ---------------------------------------------------------------- XML

  /** SWEpisodes and DoLo have no DfE XML names: the SDK's documented extension groups them so. */
  private static final Map<Ssda903Table, String> SDK_GROUPS = Map.of(Ssda903Table.SW_EPISODES, "SW_EPISODE", Ssda903Table.DOLO, "DOLO");

  /** Reads the table's one record from an XML document built from the spec's element paths. */
  private Ssda903Record fromXml(Ssda903Table table, CollectionYear year, Map<String, String> cells) {
    StringBuilder header = new StringBuilder("<CHILDID>C1</CHILDID>");
    StringBuilder episode = new StringBuilder();
    StringBuilder group = new StringBuilder();
    String groupName = null;
    for (SpecColumn c : columns(table, year)) {
      String value = cells.get(c.name());
      // the repeated CHILD, DOB and SEX of non-Header tables are the HEADER's in XML
      if (value == null || c.name().equals("CHILD") || table != Ssda903Table.HEADER && (c.name().equals("DOB") || c.name().equals("SEX"))) {
        continue;
      }
      String path = c.xmlPath().isEmpty() ? "CHILD/HEADER/" + SDK_GROUPS.get(table) + "/" + c.name() : c.xmlPath();
      String[] steps = path.split("/");
      String element = "<" + steps[steps.length - 1] + ">" + value + "</" + steps[steps.length - 1] + ">";
      if (steps[1].equals("EPISODE")) {
        episode.append(element);
      } else if (steps.length == 4) {
        groupName = steps[2];
        group.append(element);
      } else {
        header.append(element);
      }
    }
    header.append(table == Ssda903Table.UASC ? "<UASC>1</UASC>" : "<UASC>0</UASC>");
    if (table == Ssda903Table.EPISODES && episode.isEmpty()) {
      episode.append("<DECOM></DECOM>");
    }
    if (groupName == null && group.isEmpty() && table != Ssda903Table.HEADER && table != Ssda903Table.EPISODES
        && table != Ssda903Table.UASC && table != Ssda903Table.AD1 && table != Ssda903Table.OC3) {
      // a group with every item blank: one empty element of the group keeps the record
      SpecColumn first = columns(table, year).stream().filter(c -> !c.name().equals("CHILD") && !c.name().equals("DOB")).findFirst().orElseThrow();
      String path = first.xmlPath().isEmpty() ? "CHILD/HEADER/" + SDK_GROUPS.get(table) + "/" + first.name() : first.xmlPath();
      String[] steps = path.split("/");
      groupName = steps[2];
      group.append("<" + steps[3] + "/>");
    }
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<EXPSSDA903><CHILD><HEADER>" + header
        + (groupName == null ? "" : "<" + groupName + ">" + group + "</" + groupName + ">")
        + "</HEADER>" + (episode.isEmpty() ? "" : "<EPISODE>" + episode + "</EPISODE>") + "</CHILD></EXPSSDA903>\n";
    List<Child> children = new ArrayList<>();
    try (ChildReader r = Ssda903Xml.reader(new java.io.ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "columns.xml",
        io.github.cscreturns.serialization.ReadLimits.defaults())) {
      r.forEachRemaining(children::add);
    }
    assertThat(children).hasSize(1);
    return recordOf(children.get(0), table);
  }

  private static Ssda903Record recordOf(Child c, Ssda903Table table) {
    List<? extends Ssda903Record> records = switch (table) {
      case HEADER -> List.of(c);
      case EPISODES -> c.episodes();
      case REVIEWS -> c.reviews();
      case UASC -> c.uasc();
      case OC2 -> c.healthOutcomes();
      case OC3 -> c.careLeaverCheckpoints();
      case AD1 -> c.adoptions();
      case PLACED_ADOPTION -> c.placedForAdoption();
      case PREV_PERM -> c.previousPermanence();
      case MISSING -> c.missingEpisodes();
      case SW_EPISODES -> c.socialWorkerEpisodes();
      case DOLO -> c.deprivationsOfLiberty();
    };
    assertThat(records).as(table.dfeName()).hasSize(1);
    return records.get(0);
  }
}
