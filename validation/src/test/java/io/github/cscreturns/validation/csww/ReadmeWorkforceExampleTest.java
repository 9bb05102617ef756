package io.github.cscreturns.validation.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.spec.SpecFiles;
import io.github.cscreturns.core.csww.Basis;
import io.github.cscreturns.core.csww.FteAndHeadcount;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.core.csww.WorkforceSnapshot;
import io.github.cscreturns.serialization.csww.CswwXmlReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The README's "Workforce" example, run on the DfE sample. */
class ReadmeWorkforceExampleTest {

  @Test
  void theReadmeExampleRuns() {
    WorkforceReturn census = CswwXmlReader.read(SpecFiles.file("csww/social_work_workforce_2022_sample.xml"));
    WorkforceSnapshot s = census.snapshot(CollectionYear.Y2022_23);
    assertThat(s.referenceDate()).isEqualTo(LocalDate.of(2023, 9, 30));
    assertThat(s.vacancyRate()).isPresent();
    assertThat(s.turnoverRate(Basis.HEADCOUNT)).isPresent();
    assertThat(s.agencyWorkerRate()).isPresent();
    assertThat(s.sicknessAbsenceRate(new BigDecimal("261"))).isPresent();
    assertThat(CswwValidator.forYear(CollectionYear.Y2022_23).validate(census).findings()).isNotEmpty();

    WorkforceSnapshot england = WorkforceSnapshot.builder()
        .referenceDate(LocalDate.of(2013, 9, 30))
        .socialWorkers(FteAndHeadcount.of(new BigDecimal("22910"), 24890))
        .vacancies(FteAndHeadcount.ofFte(new BigDecimal("3610")))
        .leavers(FteAndHeadcount.ofFte(new BigDecimal("3360")))
        .build();
    assertThat(WorkforceSnapshot.asPercentage(england.vacancyRate().get(), 0)).isEqualByComparingTo("14");
    assertThat(WorkforceSnapshot.asPercentage(england.turnoverRate().get(), 0)).isEqualByComparingTo("15");
  }
}
