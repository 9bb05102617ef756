package io.github.cscreturns.core.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.StartOrigin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkforceAggregatorTest {
  static final LocalDate REF = LocalDate.of(2023, 9, 30);

  static ImmutableSocialWorker employee(String fte, LocalDate start, LocalDate end) {
    ImmutableSocialWorker.Builder b =
        SocialWorker.builder().agencyWorker(AgencyWorker.NOT_AGENCY_WORKER).fte(new BigDecimal(fte)).roleStartDate(start);
    if (end != null) {
      b.roleEndDate(end);
    }
    return b.build();
  }

  @Test
  void countsSocialWorkersStartersLeaversAndAgencyWorkersSeparately() {
    SocialWorker longServing = employee("1", LocalDate.of(2001, 5, 1), null).withBirthDate(LocalDate.of(1970, 1, 1))
        .withCasesAt30September(20).withWorkingDaysLost(new BigDecimal("3.5"));
    SocialWorker starter = employee("0.5", LocalDate.of(2022, 10, 1), null).withStartOrigin(StartOrigin.NEWLY_QUALIFIED)
        .withCasesAt30September(0).withBirthDate(LocalDate.of(2000, 6, 1));
    SocialWorker leaver = employee("0.8", LocalDate.of(2020, 1, 1), LocalDate.of(2023, 9, 30))
        .withLeaverDestination(LeaverDestination.OTHER).withWorkingDaysLost(new BigDecimal("10.25"));
    SocialWorker leftLastYear = employee("1", LocalDate.of(2010, 1, 1), LocalDate.of(2022, 9, 30));
    SocialWorker agency = SocialWorker.builder().agencyWorker(AgencyWorker.AGENCY_WORKER).fte(new BigDecimal("1"))
        .workingDaysLost(new BigDecimal("99")).build();
    ImmutableSocialWorker noFlag = employee("1", LocalDate.of(2015, 1, 1), null).withAgencyWorker(java.util.Optional.empty());

    WorkforceSnapshot s = WorkforceAggregator.forYear(CollectionYear.Y2022_23)
        .add(longServing).add(starter).add(leaver).add(leftLastYear).add(agency).add(noFlag)
        .snapshot();

    assertThat(s.referenceDate()).isEqualTo(REF);
    assertThat(s.socialWorkers()).isEqualTo(FteAndHeadcount.of(new BigDecimal("1.5"), 2));
    assertThat(s.socialWorkersWithCaseloads()).isEqualTo(FteAndHeadcount.of(new BigDecimal("1"), 1));
    assertThat(s.starters()).isEqualTo(FteAndHeadcount.of(new BigDecimal("0.5"), 1));
    assertThat(s.leavers()).isEqualTo(FteAndHeadcount.of(new BigDecimal("0.8"), 1));
    assertThat(s.agencyWorkers()).isEqualTo(FteAndHeadcount.of(new BigDecimal("1"), 1));
    assertThat(s.sicknessAbsenceDays()).contains(new BigDecimal("13.75"));
    assertThat(s.vacancies()).isEqualTo(FteAndHeadcount.empty());
    assertThat(s.newlyQualifiedStarters()).contains(1);
    assertThat(s.leaversByDestination()).containsExactly(Map.entry(LeaverDestination.OTHER, 1));
    assertThat(s.socialWorkersByAge()).containsOnly(Map.entry("50 to 59", 1), Map.entry("under 30", 1));
    assertThat(s.socialWorkersByTimeInService()).containsOnly(Map.entry("20 years and over", 1), Map.entry("under 2 years", 1));
    assertThat(s.leaversByTimeInService()).containsOnly(Map.entry("2 to under 5 years", 1));
    assertThat(s.leaversByAge()).containsOnly(Map.entry(WorkforceAggregator.NOT_KNOWN, 1));
  }

  @Test
  void laLevelItemsGiveVacanciesAndTakePrecedenceForAgencyWorkers() {
    LaLevelVacancies la = LaLevelVacancies.builder().numberOfVacancies(new BigDecimal("79.68"))
        .agencyFte(new BigDecimal("59.82")).agencyHeadcount(71).build();
    SocialWorker agency = SocialWorker.builder().agencyWorker(AgencyWorker.AGENCY_WORKER).fte(BigDecimal.ONE).build();
    WorkforceSnapshot s = WorkforceAggregator.at(REF).laLevelItems(la).localAuthority("301").add(agency).snapshot();
    assertThat(s.vacancies()).isEqualTo(FteAndHeadcount.ofFte(new BigDecimal("79.68")));
    assertThat(s.agencyWorkers()).isEqualTo(FteAndHeadcount.of(new BigDecimal("59.82"), 71));
    assertThat(s.localAuthority()).contains("301");
  }

  @Test
  void withoutCaseOrSicknessItemsThoseFiguresAreAbsentNotZero() {
    WorkforceSnapshot s = WorkforceAggregator.at(REF).add(employee("1", LocalDate.of(2010, 1, 1), null)).snapshot();
    assertThat(s.socialWorkersWithCaseloads()).isEqualTo(FteAndHeadcount.empty());
    assertThat(s.sicknessAbsenceDays()).isEmpty();
  }

  @Test
  void customBandsAreUsed() {
    WorkforceSnapshot s = WorkforceAggregator.at(REF)
        .withBands(List.of(Band.atLeast("any age", 0)), List.of(Band.of("first year", 0, 1)))
        .add(employee("1", LocalDate.of(2010, 1, 1), null).withBirthDate(LocalDate.of(1980, 1, 1)))
        .snapshot();
    assertThat(s.socialWorkersByAge()).containsExactly(Map.entry("any age", 1));
    assertThat(s.socialWorkersByTimeInService()).containsExactly(Map.entry(WorkforceAggregator.NOT_KNOWN, 1));
  }
}
