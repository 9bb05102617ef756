package io.github.cscreturns.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.codesets.ssda903.Ssda903Codesets;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The bundled sample return has the DfE's columns, valid dates and codes, and exactly its deliberate errors. */
class SampleTest {
  private static final CollectionYear YEAR = ValidateCommand.SAMPLE_YEAR;
  private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Map<String, String> TABLE_OF_FILE =
      Map.ofEntries(
          Map.entry("header.csv", "Header"), Map.entry("episodes.csv", "Episodes"), Map.entry("reviews.csv", "Reviews"),
          Map.entry("uasc.csv", "UASC"), Map.entry("oc2.csv", "OC2"), Map.entry("oc3.csv", "OC3"), Map.entry("ad1.csv", "AD1"),
          Map.entry("placed_for_adoption.csv", "PlacedAdoption"), Map.entry("previous_permanence.csv", "PrevPerm"),
          Map.entry("missing.csv", "Missing"), Map.entry("sw_episodes.csv", "SWEpisodes"));

  /** The deliberate code errors: file, column, value. */
  private static final Set<String> DELIBERATE = Set.of("header.csv ETHNIC WXYZ", "episodes.csv PLACE Z9", "reviews.csv REVIEW_CODE PN9");

  private static List<List<String>> rows(String file) throws IOException {
    try (InputStream in = Sample.class.getResourceAsStream(Sample.RESOURCE_DIR + file)) {
      assertThat(in).as(file).isNotNull();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      List<List<String>> rows = new ArrayList<>();
      for (String line : text.split("\r\n")) {
        if (!line.isEmpty()) {
          rows.add(List.of(line.split(",", -1)));
        }
      }
      return rows;
    }
  }

  private static boolean inYear(Map<String, String> row) {
    String first = row.get("first_year");
    String last = row.get("last_year");
    return (first.isBlank() || !YEAR.isOlderThan(CollectionYear.parse(first)))
        && (last.isBlank() || CollectionYear.tryParse(last).map(l -> !l.isOlderThan(YEAR)).orElse(false));
  }

  @Test
  void everyFileHasTheColumnsOfTheSpecificationInOrder() throws IOException {
    Map<String, List<String>> spec = new LinkedHashMap<>();
    for (Map<String, String> row : SpecFiles.csv("ssda903/fields.csv")) {
      if (inYear(row) && !row.get("csv_column").startsWith("(") && !row.get("table").startsWith("(")) {
        spec.computeIfAbsent(row.get("table"), k -> new ArrayList<>()).add(row.get("csv_column"));
      }
    }
    spec.remove("DoLo"); // from 2026-27 only
    assertThat(Sample.FILES).hasSameSizeAs(spec.keySet());
    for (String file : Sample.FILES) {
      assertThat(rows(file).get(0)).as(file).isEqualTo(spec.get(TABLE_OF_FILE.get(file)));
      for (List<String> row : rows(file)) {
        assertThat(row).as(file).hasSameSizeAs(rows(file).get(0));
      }
    }
  }

  @Test
  void datesAreValidAndCodesAreValidInTheYearExceptTheDeliberateErrors() throws IOException {
    Map<String, String> codesetOf = new LinkedHashMap<>();
    Map<String, String> typeOf = new LinkedHashMap<>();
    Pattern codeset = Pattern.compile("codeset (\\w+)");
    for (Map<String, String> row : SpecFiles.csv("ssda903/fields.csv")) {
      String key = row.get("table") + "." + row.get("csv_column");
      typeOf.put(key, row.get("type"));
      Matcher m = codeset.matcher(row.get("notes"));
      if (m.find()) {
        codesetOf.put(key, m.group(1));
      }
    }
    Set<String> offending = new TreeSet<>();
    int children = 0;
    for (String file : Sample.FILES) {
      List<List<String>> rows = rows(file);
      List<String> header = rows.get(0);
      for (List<String> row : rows.subList(1, rows.size())) {
        children += file.equals("header.csv") ? 1 : 0;
        for (int i = 0; i < header.size(); i++) {
          String key = TABLE_OF_FILE.get(file) + "." + header.get(i);
          String value = row.get(i);
          if (value.isEmpty()) {
            continue;
          }
          if (typeOf.get(key).startsWith("date")) {
            LocalDate.parse(value, DMY); // throws on a malformed date
          }
          Optional<Codeset<?>> set = Optional.ofNullable(codesetOf.get(key)).flatMap(Ssda903Codesets::byName);
          if (set.isPresent() && !set.get().isValid(value, YEAR)) {
            offending.add(file + " " + header.get(i) + " " + value);
          }
        }
      }
    }
    assertThat(offending).isEqualTo(new TreeSet<>(DELIBERATE));
    assertThat(children).isBetween(24, 60);
  }
}
