package io.github.cscreturns.core.csww.testing;

import io.github.cscreturns.core.csww.CensusHeader;
import io.github.cscreturns.core.csww.CensusSource;
import io.github.cscreturns.core.csww.ImmutableCensusHeader;
import io.github.cscreturns.core.csww.ImmutableCensusSource;
import io.github.cscreturns.core.csww.ImmutableLaLevelVacancies;
import io.github.cscreturns.core.csww.ImmutableSocialWorker;
import io.github.cscreturns.core.csww.ImmutableWorkforceReturn;
import io.github.cscreturns.core.csww.LaLevelVacancies;
import io.github.cscreturns.core.csww.SocialWorker;
import io.github.cscreturns.core.csww.SweNumber;
import io.github.cscreturns.core.csww.WorkforceReturn;

import io.github.cscreturns.codesets.csww.AgencyWorker;
import io.github.cscreturns.codesets.csww.CfkssStatus;
import io.github.cscreturns.codesets.csww.CollectionName;
import io.github.cscreturns.codesets.csww.Ethnicity;
import io.github.cscreturns.codesets.csww.Gender;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.OrganisationRole;
import io.github.cscreturns.codesets.csww.QualificationLevel;
import io.github.cscreturns.codesets.csww.ReasonForAbsence;
import io.github.cscreturns.codesets.csww.ReasonForLeaving;
import io.github.cscreturns.codesets.csww.SourceLevel;
import io.github.cscreturns.codesets.csww.StartOrigin;
import io.github.cscreturns.codesets.csww.YesNo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/**
 * jqwik generators of CSWW records for property tests, published in this module's test jar. Records
 * range over every attribute, including values kept as unparsed text.
 */
public final class CswwArbitraries {
  private CswwArbitraries() {}

  /** Decimals of scale 0 to 6, non-negative, as a file would write them. */
  public static Arbitrary<BigDecimal> decimals(long maxUnscaled) {
    return Combinators.combine(Arbitraries.longs().between(0, maxUnscaled), Arbitraries.integers().between(0, 6))
        .as(BigDecimal::valueOf);
  }

  /** FTEs from 0 to 1 with 0 to 6 decimal places. */
  public static Arbitrary<BigDecimal> ftes() {
    return Arbitraries.integers().between(0, 6)
        .flatMap(scale -> Arbitraries.longs().between(0, BigDecimal.TEN.pow(scale).longValueExact())
            .map(u -> BigDecimal.valueOf(u, scale)));
  }

  public static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
    return Arbitraries.longs().between(0, to.toEpochDay() - from.toEpochDay()).map(from::plusDays);
  }

  /** Text that XML can carry, including markup characters and inner spaces. */
  public static Arbitrary<String> texts() {
    return Arbitraries.strings().withChars("abcXYZ019 &<>\"'é-/").ofMinLength(0).ofMaxLength(20);
  }

  /** Text that parses as no code, number or date. */
  public static Arbitrary<String> junk() {
    return Arbitraries.of("", "x", "N/A", "1.2.3", "2022-02-30", "9 9", "abc def", "<&>");
  }

  public static Arbitrary<SocialWorker> socialWorkers() {
    return socialWorkers(LocalDate.of(1950, 1, 1), LocalDate.of(2030, 12, 31));
  }

  /** Worker records whose role dates fall between the given dates. */
  public static Arbitrary<SocialWorker> socialWorkers(LocalDate roleFrom, LocalDate roleTo) {
    Arbitrary<LocalDate> roleDates = dates(roleFrom, roleTo);
    return Builders.withBuilder(SocialWorker::builder)
        .use(Arbitraries.of(AgencyWorker.class)).withProbability(0.95).in((b, v) -> b.agencyWorker(v))
        .use(Arbitraries.strings().alpha().ofLength(2).flatMap(l -> Arbitraries.strings().numeric().ofLength(10).map(n -> l + n)))
            .withProbability(0.95).in((b, v) -> b.sweNumber(SweNumber.of(v)))
        .use(ftes()).withProbability(0.9).in((b, v) -> b.fte(v))
        .use(dates(LocalDate.of(1950, 1, 1), LocalDate.of(2004, 12, 31))).withProbability(0.8).in((b, v) -> b.birthDate(v))
        .use(Arbitraries.of(Gender.class)).withProbability(0.7).in((b, v) -> b.gender(v))
        .use(Arbitraries.of(Ethnicity.class)).withProbability(0.7).in((b, v) -> b.ethnicity(v))
        .use(texts().list().ofMaxSize(2)).in((b, v) -> b.addAllQualificationInstitutions(v))
        .use(Arbitraries.of(QualificationLevel.class)).withProbability(0.7).in((b, v) -> b.qualificationLevel(v))
        .use(Arbitraries.of(YesNo.class)).withProbability(0.5).in((b, v) -> b.stepUpGraduate(v))
        .use(Arbitraries.of(OrganisationRole.class)).withProbability(0.7).in((b, v) -> b.role(v))
        .use(roleDates).withProbability(0.8).in((b, v) -> b.roleStartDate(v))
        .use(Arbitraries.of(StartOrigin.class)).withProbability(0.6).in((b, v) -> b.startOrigin(v))
        .use(roleDates).withProbability(0.4).in((b, v) -> b.roleEndDate(v))
        .use(Arbitraries.of(LeaverDestination.class)).withProbability(0.3).in((b, v) -> b.leaverDestination(v))
        .use(Arbitraries.of(ReasonForLeaving.class)).withProbability(0.3).in((b, v) -> b.reasonForLeaving(v))
        .use(ftes()).withProbability(0.5).in((b, v) -> b.fteAt30September(v))
        .use(Arbitraries.integers().between(0, 200)).withProbability(0.6).in((b, v) -> b.casesAt30September(v))
        .use(decimals(30_000)).withProbability(0.6).in((b, v) -> b.workingDaysLost(v))
        .use(decimals(9_999).list().ofMaxSize(2)).in((b, v) -> b.addAllContractWeeks(v))
        .use(Arbitraries.of(YesNo.class)).withProbability(0.5).in((b, v) -> b.frontlineGraduate(v))
        .use(Arbitraries.of(YesNo.class).list().ofMaxSize(2)).in((b, v) -> b.addAllAbsentAt30September(v))
        .use(Arbitraries.of(ReasonForAbsence.class).list().ofMaxSize(2)).in((b, v) -> b.addAllReasonsForAbsence(v))
        .use(Arbitraries.of(CfkssStatus.class).list().ofMaxSize(2)).in((b, v) -> b.addAllCfkssStatuses(v))
        .build(ImmutableSocialWorker.Builder::build);
  }

  /**
   * Worker records where some single-valued items hold unreadable text instead of a value, as a
   * careless file would.
   */
  public static Arbitrary<SocialWorker> socialWorkersWithUnparsedValues() {
    List<String> items = List.of("AgencyWorker", "FTE", "PersonBirthDate", "GenderCurrent", "OrgRole", "RoleStartDate",
        "RoleEndDate", "Cases30", "WorkingDaysLost", "FTE30", "StartOrigin");
    return Combinators.combine(socialWorkers(), Arbitraries.of(items).set().ofMaxSize(3), junk())
        .as((w, broken, text) -> {
          ImmutableSocialWorker.Builder b = ImmutableSocialWorker.builder().from(w);
          for (String item : broken) {
            switch (item) {
              case "AgencyWorker" -> b.agencyWorker(java.util.Optional.empty());
              case "FTE" -> b.fte(java.util.Optional.empty());
              case "PersonBirthDate" -> b.birthDate(java.util.Optional.empty());
              case "GenderCurrent" -> b.gender(java.util.Optional.empty());
              case "OrgRole" -> b.role(java.util.Optional.empty());
              case "RoleStartDate" -> b.roleStartDate(java.util.Optional.empty());
              case "RoleEndDate" -> b.roleEndDate(java.util.Optional.empty());
              case "Cases30" -> b.casesAt30September(java.util.Optional.empty());
              case "WorkingDaysLost" -> b.workingDaysLost(java.util.Optional.empty());
              case "FTE30" -> b.fteAt30September(java.util.Optional.empty());
              case "StartOrigin" -> b.startOrigin(java.util.Optional.empty());
              default -> throw new IllegalStateException(item);
            }
            b.putUnparsed(item, text);
          }
          return b.build();
        });
  }

  public static Arbitrary<LaLevelVacancies> laLevelVacancies() {
    return Builders.withBuilder(LaLevelVacancies::builder)
        .use(decimals(99_999)).withProbability(0.9).in((b, v) -> b.numberOfVacancies(v))
        .use(decimals(99_999)).withProbability(0.9).in((b, v) -> b.agencyFte(v))
        .use(Arbitraries.integers().between(0, 5000)).withProbability(0.9).in((b, v) -> b.agencyHeadcount(v))
        .build(ImmutableLaLevelVacancies.Builder::build);
  }

  public static Arbitrary<CensusHeader> headers() {
    Arbitrary<CensusSource> source = Builders.withBuilder(CensusSource::builder)
        .use(Arbitraries.just(SourceLevel.LOCAL_AUTHORITY)).withProbability(0.8).in((b, v) -> b.sourceLevel(v))
        .use(Arbitraries.strings().numeric().ofLength(3)).withProbability(0.9).in((b, v) -> b.lea(v))
        .use(texts()).withProbability(0.5).in((b, v) -> b.softwareCode(v))
        .use(Arbitraries.of("2023-03-28T14:54:55Z", "2024-01-01T00:00:00")).withProbability(0.5).in((b, v) -> b.dateTime(v))
        .build(ImmutableCensusSource.Builder::build);
    return Builders.withBuilder(CensusHeader::builder)
        .use(Arbitraries.just(CollectionName.CSWW)).withProbability(0.8).in((b, v) -> b.collection(v))
        .use(Arbitraries.integers().between(2013, 2030).map(Year::of)).withProbability(0.8).in((b, v) -> b.year(v))
        .use(Arbitraries.integers().between(2013, 2030).map(y -> LocalDate.of(y, 9, 30))).withProbability(0.8)
            .in((b, v) -> b.referenceDate(v))
        .use(source.list().ofMaxSize(2)).in((b, v) -> b.addAllSources(v))
        .build(ImmutableCensusHeader.Builder::build);
  }

  public static Arbitrary<WorkforceReturn> returns() {
    return Builders.withBuilder(WorkforceReturn::builder)
        .use(headers()).withProbability(0.8).in((b, v) -> b.header(v))
        .use(laLevelVacancies()).withProbability(0.95).in((b, v) -> b.laLevelVacancies(v))
        .use(Arbitraries.oneOf(socialWorkers(), socialWorkersWithUnparsedValues()).list().ofMaxSize(6))
            .in((b, v) -> b.addAllWorkers(v))
        .build(ImmutableWorkforceReturn.Builder::build);
  }
}
