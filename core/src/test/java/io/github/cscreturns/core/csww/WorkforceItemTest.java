package io.github.cscreturns.core.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The item history agrees with the dated aggregate rows of {@code ../shared/spec/csww/items.csv}. */
class WorkforceItemTest {

  @Test
  void everyDatedAggregateItemOfTheSpecHasItsFirstYear() {
    List<Map<String, String>> dated =
        SpecFiles.csv("csww/items.csv").stream()
            .filter(r -> r.get("level").equals("aggregate") && !r.get("first_year").isBlank())
            .toList();
    assertThat(dated).hasSize(WorkforceItem.values().length);
    for (Map<String, String> row : dated) {
      WorkforceItem item =
          java.util.Arrays.stream(WorkforceItem.values())
              .filter(i -> i.specItem().equals(row.get("item")))
              .findFirst()
              .orElseThrow(() -> new AssertionError("No item for " + row.get("item")));
      assertThat(item.firstCollected()).as(item.name()).isEqualTo(row.get("first_year"));
      String notes = row.get("notes");
      if (notes.startsWith("Statutory LA-level item from the first collection")) {
        assertThat(item.statutoryFrom()).as(item.name()).contains("2012-13");
      } else if (notes.contains("statutory from 2014-15")) {
        assertThat(item.statutoryFrom()).as(item.name()).contains("2014-15");
      } else {
        assertThat(item.statutoryFrom()).as(item.name()).isEmpty();
        assertThat(item.note()).as(item.name()).contains("2015-16");
      }
    }
  }

  @Test
  void collectionAndStatutoryYears() {
    assertThat(WorkforceItem.AGE_OF_SOCIAL_WORKERS.isCollectedAt(LocalDate.of(2013, 9, 30))).isFalse();
    assertThat(WorkforceItem.AGE_OF_SOCIAL_WORKERS.isCollectedIn(CollectionYear.Y2013_14)).isTrue();
    assertThat(WorkforceItem.AGE_OF_SOCIAL_WORKERS.isStatutoryIn(CollectionYear.Y2013_14)).isFalse();
    assertThat(WorkforceItem.AGE_OF_SOCIAL_WORKERS.isStatutoryIn(CollectionYear.Y2014_15)).isTrue();
    assertThat(WorkforceItem.VACANCIES.isStatutoryAt(LocalDate.of(2013, 9, 30))).isTrue();
    assertThat(WorkforceItem.DESTINATION_OF_LEAVERS.isStatutoryIn(CollectionYear.Y2026_27)).isFalse();
    assertThat(WorkforceItem.AGE_OF_STARTERS.isCollectedIn(CollectionYear.Y2013_14)).isFalse();
  }
}
