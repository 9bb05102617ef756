package io.github.cscreturns.core.ssda903;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every table of the specification has its table constant, collected in the same years. */
class Ssda903TableTest {
  @Test
  void everyTableInFieldsCsvIsModelledWithItsYears() throws IOException {
    Path fields = Path.of(System.getProperty("csc.spec.dir", "../../shared/spec"), "ssda903", "fields.csv");
    List<String> lines = Files.readAllLines(fields);
    // The first year of a table is the earliest first_year of its own items (blank: from the
    // start); CHILD and DOB repeat on every table's rows and say nothing of it.
    Map<String, CollectionYear> firstYear = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cols = line.split(",", -1);
      String table = cols[0];
      String first = cols[5];
      String last = cols[6];
      if (cols[1].equals("CHILD") || cols[1].equals("DOB")) {
        continue;
      }
      if (!last.isEmpty() && CollectionYear.tryParse(last).isEmpty()) {
        continue; // withdrawn before the first modelled year (PL_LOCATION, to 2012-13)
      }
      CollectionYear from = first.isEmpty() ? CollectionYear.first() : CollectionYear.parse(first);
      firstYear.merge(table, from, (a, b) -> a.compareTo(b) <= 0 ? a : b);
    }
    assertThat(firstYear).hasSize(Ssda903Table.values().length);
    firstYear.forEach(
        (table, from) -> {
          assertThat(Ssda903Table.byDfeName(table)).as(table).isPresent();
          assertThat(Ssda903Table.byDfeName(table).orElseThrow().collected().first()).as(table).isEqualTo(from);
        });
  }

  @Test
  void byDfeNameIgnoresCaseAndSpaces() {
    assertThat(Ssda903Table.byDfeName(" placedadoption ")).contains(Ssda903Table.PLACED_ADOPTION);
    assertThat(Ssda903Table.byDfeName("nope")).isEmpty();
    assertThat(Ssda903Table.SW_EPISODES).hasToString("SWEpisodes");
  }
}
