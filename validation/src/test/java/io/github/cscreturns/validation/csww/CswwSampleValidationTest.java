package io.github.cscreturns.validation.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.serialization.csww.CswwXmlReader;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.ValidationReport;
import org.junit.jupiter.api.Test;

/** The DfE sample file (synthetic data) reads and validates; its inconsistencies are reported, not thrown. */
class CswwSampleValidationTest {
  static final WorkforceReturn SAMPLE = CswwXmlReader.read(SpecFiles.file("csww/social_work_workforce_2022_sample.xml"));

  @Test
  void theSampleValidatesForItsOwnCensusYear() {
    // The header's reference date, 30 September 2022, is the census of 2021-22.
    ValidationReport r = CswwValidator.forYear(CollectionYear.Y2021_22).validate(SAMPLE);
    assertThat(r.checked()).isEqualTo(30);
    assertThat(r.outcomes()).hasSize(CswwCheck.values().length);
    assertThat(r.findings()).extracting(Finding::ruleCode)
        .doesNotContain("CSWW01", "CSWW02", "CSWW04", "CSWW14", "CSWW15")
        // Synthetic leavers of 28 March 2023 lie outside a year ending 30 September 2022,
        // and 71 agency workers are declared against far fewer agency records.
        .contains("CSWW05", "CSWW11");
    assertThat(r.findings()).allSatisfy(f -> assertThat(f.source()).isPresent());
    assertThat(CswwValidator.forYear(CollectionYear.Y2021_22).validate(SAMPLE)).isEqualTo(r);
  }
}
