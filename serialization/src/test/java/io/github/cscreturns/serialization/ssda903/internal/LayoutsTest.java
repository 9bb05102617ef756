package io.github.cscreturns.serialization.ssda903.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The field catalogue agrees with ../shared/spec/ssda903/fields.csv: columns, order, XML elements, years. */
class LayoutsTest {
  private static final List<Map<String, String>> FIELDS =
      SpecFiles.csv("ssda903/fields.csv").stream()
          .filter(r -> Ssda903Table.byDfeName(r.get("table")).isPresent())
          .filter(r -> !r.get("csv_column").startsWith("(") && !r.get("last_year").equals("2012-13"))
          .toList();

  @Test
  void everyTableHasTheSpecsColumnsInOrder() {
    for (Ssda903Table t : Ssda903Table.values()) {
      List<String> spec = FIELDS.stream().filter(r -> r.get("table").equals(t.dfeName())).map(r -> r.get("csv_column")).toList();
      assertThat(Layouts.of(t).columns()).extracting(Column::name).as(t.dfeName()).containsExactlyElementsOf(spec);
    }
  }

  @Test
  void xmlElementsAreTheSpecsLastPathStep() {
    for (Map<String, String> r : FIELDS) {
      String path = r.get("xml_element");
      TableLayout layout = Layouts.of(Ssda903Table.byDfeName(r.get("table")).orElseThrow());
      Column c = layout.columns().get(layout.index(r.get("csv_column")));
      if (path.isEmpty()) {
        // SWEpisodes and DoLo: the SDK's own element names (documented extension)
        assertThat(c.xmlElement() == null || c.xmlElement().equals(c.name())).isTrue();
      } else if (c.xmlElement() != null) {
        assertThat(path).as(r.toString()).endsWith("/" + c.xmlElement());
        String group = layout.xmlGroup();
        boolean underHeaderDirectly = path.equals("CHILD/HEADER/" + c.xmlElement());
        if (!underHeaderDirectly) {
          assertThat(path).contains("/" + group + "/");
        }
      }
    }
  }

  @Test
  void yearsAreTheSpecs() {
    for (Map<String, String> r : FIELDS) {
      TableLayout layout = Layouts.of(Ssda903Table.byDfeName(r.get("table")).orElseThrow());
      Column c = layout.columns().get(layout.index(r.get("csv_column")));
      String first = r.get("first_year");
      if (c.xmlElement() == null) {
        continue; // repeated CHILD/DOB/SEX: collected with their table
      }
      CollectionYear expected = first.isEmpty() ? CollectionYear.first() : CollectionYear.parse(first);
      CollectionYear actualFirst = c.years().first();
      assertThat(actualFirst.compareTo(CollectionYear.first()) <= 0 ? CollectionYear.first() : actualFirst)
          .as(r.get("table") + "." + r.get("csv_column"))
          .isEqualTo(expected.compareTo(CollectionYear.first()) < 0 ? CollectionYear.first() : expected);
      assertThat(c.years().hasEnded()).isFalse();
    }
  }
}
