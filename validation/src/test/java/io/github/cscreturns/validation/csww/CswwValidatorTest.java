package io.github.cscreturns.validation.csww;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.ReasonForLeaving;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.ImmutableLaLevelVacancies;
import io.github.cscreturns.core.csww.ImmutableSocialWorker;
import io.github.cscreturns.core.csww.ImmutableWorkforceReturn;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.SweNumber;
import io.github.cscreturns.core.csww.WorkforceReturn;
import io.github.cscreturns.validation.Finding;
import io.github.cscreturns.validation.RuleOutcome;
import io.github.cscreturns.validation.Severity;
import io.github.cscreturns.validation.ValidationReport;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CswwValidatorTest {
  static final CollectionYear YEAR = CollectionYear.Y2022_23; // census as at 30 September 2023

  static final ImmutableSocialWorker IN_POST = SocialWorker.builder().agencyWorker(AgencyWorker.NOT_AGENCY_WORKER)
      .sweNumber(SweNumber.of("AB1234567890")).fte(BigDecimal.ONE).roleStartDate(LocalDate.of(2010, 1, 1))
      .casesAt30September(12).workingDaysLost(new BigDecimal("2.50")).location(SourceLocation.of("census.xml", 20)).build();
  static final ImmutableSocialWorker STARTER = SocialWorker.builder().agencyWorker(AgencyWorker.NOT_AGENCY_WORKER)
      .sweNumber(SweNumber.of("CD1234567890")).fte(new BigDecimal("0.5")).roleStartDate(LocalDate.of(2023, 1, 1))
      .startOrigin(StartOrigin.NEWLY_QUALIFIED).build();
  static final ImmutableSocialWorker LEAVER = SocialWorker.builder().agencyWorker(AgencyWorker.NOT_AGENCY_WORKER)
      .sweNumber(SweNumber.of("EF1234567890")).fte(new BigDecimal("0.8")).roleStartDate(LocalDate.of(2015, 5, 1))
      .roleEndDate(LocalDate.of(2023, 6, 30)).leaverDestination(LeaverDestination.OTHER)
      .reasonForLeaving(ReasonForLeaving.RESIGNATION).build();
  static final ImmutableSocialWorker AGENCY = SocialWorker.builder().agencyWorker(AgencyWorker.AGENCY_WORKER)
      .sweNumber(SweNumber.of("GH1234567890")).fte(new BigDecimal("0.8")).contractWeeks(List.of(new BigDecimal("40.0"))).build();
  static final ImmutableLaLevelVacancies LA = LaLevelVacancies.builder().numberOfVacancies(new BigDecimal("1.00"))
      .agencyFte(new BigDecimal("0.80")).agencyHeadcount(1).build();
  static final ImmutableWorkforceReturn VALID = WorkforceReturn.builder()
      .header(CensusHeader.builder().referenceDate(LocalDate.of(2023, 9, 30)).build())
      .laLevelVacancies(LA)
      .addWorkers(IN_POST, STARTER, LEAVER, AGENCY)
      .build();

  static ValidationReport validate(WorkforceReturn r) {
    return CswwValidator.forYear(YEAR).validate(r);
  }

  static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(Finding::ruleCode).toList();
  }

  /** The valid return with the in-post worker changed. */
  static ValidationReport withInPost(UnaryOperator<ImmutableSocialWorker> change) {
    return validate(VALID.withWorkers(change.apply(IN_POST), STARTER, LEAVER, AGENCY));
  }

  @Test
  void aConsistentReturnIsSilentOnEveryCheck() {
    ValidationReport r = validate(VALID);
    assertThat(r.findings()).isEmpty();
    assertThat(r.isValid()).isTrue();
    assertThat(r.checked()).isEqualTo(4);
    assertThat(r.outcomes()).hasSize(CswwCheck.values().length)
        .allSatisfy((code, outcome) -> assertThat(outcome).isInstanceOf(RuleOutcome.Passed.class));
  }

  @Test
  void csww01UnreadableValuesAreReportedByItemWithoutTheirText() {
    ValidationReport r = withInPost(w -> w.withFte(Optional.empty()).withUnparsed(java.util.Map.of("FTE", "1,0", "ContractWeeks[1]", "x")));
    assertThat(codes(r)).containsExactly("CSWW01", "CSWW01");
    assertThat(r.findings()).flatExtracting(Finding::fields).containsExactlyInAnyOrder("FTE", "ContractWeeks");
    Finding f = r.findings().get(0);
    assertThat(f.recordIndex()).hasValue(0);
    assertThat(f.source().flatMap(SourceLocation::file)).contains("census.xml");
    assertThat(f.message()).doesNotContain("1,0");
    assertThat(r.outcomes().get("CSWW01")).isEqualTo(new RuleOutcome.Failed(2));
    assertThat(r.isValid()).isFalse();
  }

  @Test
  void csww02AgencyFlagMissing() {
    assertThat(codes(withInPost(w -> w.withAgencyWorker(Optional.empty())))).containsExactly("CSWW02");
    // Unreadable rather than missing: reported once, as CSWW01.
    assertThat(codes(withInPost(w -> w.withAgencyWorker(Optional.empty()).withUnparsed(java.util.Map.of("AgencyWorker", "Y")))))
        .containsExactly("CSWW01");
  }

  @Test
  void csww03RegistrationNumberMissingOrMalformed() {
    assertThat(codes(withInPost(w -> w.withSweNumber(SweNumber.of("AB123"))))).containsExactly("CSWW03");
    assertThat(codes(withInPost(w -> w.withSweNumber(Optional.empty())))).containsExactly("CSWW03");
  }

  @Test
  void csww04FteOutsideZeroToOne() {
    assertThat(codes(withInPost(w -> w.withFte(new BigDecimal("1.000001"))))).containsExactly("CSWW04");
    assertThat(codes(withInPost(w -> w.withFteAt30September(new BigDecimal("-0.1"))))).containsExactly("CSWW04");
    assertThat(codes(withInPost(w -> w.withFte(BigDecimal.ZERO)))).isEmpty();
  }

  @Test
  void csww05LeaverEndDateOutsideTheYear() {
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER, LEAVER.withRoleEndDate(LocalDate.of(2022, 9, 30)), AGENCY))))
        .containsExactly("CSWW05");
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER, LEAVER.withRoleEndDate(LocalDate.of(2023, 10, 1)), AGENCY))))
        .containsExactly("CSWW05");
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER, LEAVER.withRoleEndDate(LocalDate.of(2022, 10, 1)), AGENCY))))
        .isEmpty();
  }

  @Test
  void csww06LeaverItemsWithoutAnEndDate() {
    ValidationReport r = validate(VALID.withWorkers(IN_POST, STARTER, LEAVER.withRoleEndDate(Optional.empty()), AGENCY));
    assertThat(codes(r)).containsExactly("CSWW06");
    assertThat(r.findings().get(0).severity()).isEqualTo(Severity.QUERY);
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void csww07StartAfterTheCensusDate() {
    assertThat(codes(withInPost(w -> w.withRoleStartDate(LocalDate.of(2023, 10, 1))))).containsExactly("CSWW07");
  }

  @Test
  void csww08OriginForSomeoneWhoDidNotStartInTheYear() {
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER.withRoleStartDate(LocalDate.of(2022, 9, 30)), LEAVER, AGENCY))))
        .containsExactly("CSWW08");
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER.withRoleStartDate(LocalDate.of(2022, 10, 1)), LEAVER, AGENCY))))
        .isEmpty();
  }

  @Test
  void csww09EndBeforeStart() {
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER, LEAVER.withRoleStartDate(LocalDate.of(2023, 7, 1)), AGENCY))))
        .containsExactly("CSWW09");
  }

  @Test
  void csww10AnAgencyWorkerAlsoCountedAsAnEmployee() {
    ImmutableSocialWorker sameAsEmployee = AGENCY.withSweNumber(SweNumber.of("ab1234567890"));
    ValidationReport r = validate(VALID.withWorkers(IN_POST, STARTER, LEAVER, sameAsEmployee));
    assertThat(codes(r)).containsExactly("CSWW10");
    assertThat(r.findings().get(0).recordIndex()).hasValue(3);
    // Not in post at 30 September (left in the year): not double counted.
    ImmutableSocialWorker agencyLeaver = AGENCY.withSweNumber(LEAVER.sweNumber()).withRoleEndDate(LocalDate.of(2023, 8, 1));
    assertThat(codes(validate(VALID.withWorkers(IN_POST, STARTER, LEAVER, AGENCY, agencyLeaver)))).isEmpty();
  }

  @Test
  void csww11AgencyHeadcountDiffersFromAgencyRecords() {
    ValidationReport r = validate(VALID.withLaLevelVacancies(LA.withAgencyHeadcount(2)));
    assertThat(codes(r)).containsExactly("CSWW11");
    assertThat(r.findings().get(0).table()).isEqualTo("LALevelVacancies");
  }

  @Test
  void csww12AgencyFteAboveHeadcount() {
    assertThat(codes(validate(VALID.withLaLevelVacancies(LA.withAgencyFte(new BigDecimal("1.01")))))).containsExactly("CSWW12");
  }

  @Test
  void csww13NegativeCountsOrDays() {
    assertThat(codes(withInPost(w -> w.withCasesAt30September(-1)))).containsExactly("CSWW13");
    assertThat(codes(withInPost(w -> w.withWorkingDaysLost(new BigDecimal("-0.50"))))).containsExactly("CSWW13");
    assertThat(codes(validate(VALID.withLaLevelVacancies(LA.withNumberOfVacancies(new BigDecimal("-1.00")))))).containsExactly("CSWW13");
  }

  @Test
  void csww14LaLevelItemsMissing() {
    assertThat(codes(validate(VALID.withLaLevelVacancies(Optional.empty())))).containsExactly("CSWW14");
    assertThat(codes(validate(VALID.withLaLevelVacancies(LA.withNumberOfVacancies(Optional.empty()))))).containsExactly("CSWW14");
  }

  @Test
  void csww15HeaderDateIsNotTheCensusDate() {
    ValidationReport r = validate(VALID.withHeader(CensusHeader.builder().referenceDate(LocalDate.of(2022, 9, 30)).build()));
    assertThat(codes(r)).containsExactly("CSWW15");
    assertThat(r.isValid()).isTrue();
  }

  @Test
  void findingsComeInInputOrderAndTheSameInputGivesTheSameReport() {
    WorkforceReturn messy = VALID.withWorkers(
        IN_POST.withFte(new BigDecimal("2")).withSweNumber(SweNumber.of("bad")),
        STARTER.withRoleStartDate(LocalDate.of(2024, 1, 1)));
    ValidationReport r = validate(messy);
    assertThat(codes(r)).containsExactly("CSWW03", "CSWW04", "CSWW07", "CSWW11");
    assertThat(validate(messy)).isEqualTo(r);
  }

  @Test
  void everyCheckHasAStableCodeAndNoMessageQuotesAValue() {
    assertThat(CswwCheck.values()).extracting(CswwCheck::code)
        .allMatch(c -> c.matches("CSWW\\d{2}"))
        .doesNotHaveDuplicates();
    assertThat(CswwCheck.CSWW04.severity()).isEqualTo(Severity.ERROR);
  }
}
