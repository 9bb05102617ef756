package io.github.cscreturns.codesets.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.YearRange;
import io.github.cscreturns.codesets.spec.SpecFiles;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every coded item of {@code ../shared/spec/csww/items.csv} has a codeset with exactly its codes. */
class CswwCodesetSpecAgreementTest {

  private static final List<Map<String, String>> ROWS = SpecFiles.csv("csww/items.csv");

  /** The header codes have no wording in the schema; ours are marked as ours. */
  private static final Set<String> UNDESCRIBED_IN_SPEC = Set.of("Collection", "SourceLevel");

  @Test
  void everyCodedItemHasItsCodesInOrderWithTheSchemaWording() {
    assertThat(ROWS).hasSize(48);
    Set<String> codedItems = new LinkedHashSet<>();
    for (Map<String, String> row : ROWS) {
      if (row.get("codes").isBlank()) {
        continue;
      }
      String item = row.get("item");
      codedItems.add(item);
      Codeset<?> codeset = CswwCodesets.forItem(item).orElseThrow(() -> new AssertionError("No codeset for " + item));
      List<String> specCodes = new ArrayList<>();
      for (String entry : row.get("codes").split("\\|")) {
        String[] parts = entry.split("=", 2);
        specCodes.add(parts[0]);
        Code code = codeset.parse(parts[0]).orElseThrow(() -> new AssertionError(item + ":" + parts[0]));
        if (UNDESCRIBED_IN_SPEC.contains(item)) {
          assertThat(parts).as(item).hasSize(1);
          assertThat(code.description()).contains("wording ours");
        } else {
          assertThat(code.description()).as(item + ":" + parts[0]).isEqualTo(parts[1]);
        }
        assertThat(code.validity()).as(item + ":" + parts[0]).isEqualTo(specRange(row));
      }
      assertThat(codeset.codes().stream().map(Code::code).toList()).as(item).isEqualTo(specCodes);
    }
    assertThat(CswwCodesets.codedItems()).containsExactlyInAnyOrderElementsOf(codedItems);
  }

  @Test
  void everyCodesetServesAnItem() {
    Set<Codeset<?>> used = new LinkedHashSet<>();
    CswwCodesets.codedItems().forEach(i -> used.add(CswwCodesets.forItem(i).orElseThrow()));
    assertThat(used).containsExactlyInAnyOrderElementsOf(CswwCodesets.all());
  }

  @Test
  void yesNoIsSharedByTheThreeYesNoItems() {
    assertThat(CswwCodesets.forItem("StepUpGrad")).containsSame(YesNo.CODESET);
    assertThat(CswwCodesets.forItem("FrontlineGrad")).containsSame(YesNo.CODESET);
    assertThat(CswwCodesets.forItem("Absat30Sept")).containsSame(YesNo.CODESET);
    assertThat(CswwCodesets.forItem("SWENo")).isEmpty();
  }

  @Test
  void lookupByNameIgnoresCase() {
    assertThat(CswwCodesets.byName("orgrole")).containsSame(OrganisationRole.CODESET);
    assertThat(CswwCodesets.byName("nope")).isEmpty();
    assertThat(OrganisationRole.parse("4")).contains(OrganisationRole.SENIOR_PRACTITIONER);
    assertThat(StartOrigin.parse(" 10 ")).contains(StartOrigin.NOT_YET_COLLECTED);
    assertThat(ReasonForAbsence.parse("sic")).isEmpty();
    assertThat(StartOrigin.CODESET.validCodes(CollectionYear.Y2022_23)).hasSize(10);
  }

  private static YearRange specRange(Map<String, String> row) {
    String first = row.get("first_year");
    String last = row.get("last_year");
    return YearRange.of(
        first.isBlank() ? CollectionYear.first() : CollectionYear.parse(first),
        last.isBlank() ? CollectionYear.last() : CollectionYear.parse(last));
  }
}
