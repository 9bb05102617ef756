package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.StartOrigin;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds a {@link WorkforceSnapshot} from worker records, one record at a time, so that a census file
 * can be streamed. Not thread-safe; use one per return.
 *
 * <p>How records count, for the census year ending on the reference date (1 October to 30 September):
 *
 * <ul>
 *   <li><b>Social workers</b>: employee records ({@code AgencyWorker} 0) in post at the reference date
 *       ({@link SocialWorker#isInPostOn}). Headcount counts records; FTE sums {@code FTE} over those that
 *       have one (records without an FTE are left out of the FTE, not counted as 0). With caseloads:
 *       those with {@code Cases30} above 0.
 *   <li><b>Starters</b> and <b>leavers</b>: employee records whose role start, or end, date is in the
 *       census year; FTE from {@code FTE}.
 *   <li><b>Sickness absence days</b>: {@code WorkingDaysLost} summed over employee records.
 *   <li><b>Agency workers</b>: the local-authority-level items ({@code NoAgencyFTE},
 *       {@code NoAgencyHeadcount}) where given, since they are the return's own figures; otherwise
 *       agency records ({@code AgencyWorker} 1) in post at the reference date.
 *   <li><b>Vacancies</b>: {@code NumberOfVacancies} (FTE); the 2022 schema has no vacancy headcount.
 *   <li>Records whose agency flag is missing or unreadable count nowhere (validation reports them).
 *   <li>Records are not de-duplicated; a worker with two records counts twice.
 * </ul>
 *
 * <p>Age and time-in-service bands are the SDK's own ({@link #AGE_BANDS}, {@link #SERVICE_BANDS}),
 * since the DfE's are not in our sources; give others with {@link #withBands}. A record without the
 * date a band needs counts under {@link #NOT_KNOWN}.
 *
 * @since 2021-22
 */
public final class WorkforceAggregator {
  /** Label of the band for records without the needed date. */
  public static final String NOT_KNOWN = "not known";

  /** Default age bands: under 30, 30–39, 40–49, 50–59, 60 and over. */
  public static final List<Band> AGE_BANDS =
      List.of(
          Band.of("under 30", 0, 30),
          Band.of("30 to 39", 30, 40),
          Band.of("40 to 49", 40, 50),
          Band.of("50 to 59", 50, 60),
          Band.atLeast("60 and over", 60));

  /** Default time-in-service bands, in whole years at the authority. */
  public static final List<Band> SERVICE_BANDS =
      List.of(
          Band.of("under 2 years", 0, 2),
          Band.of("2 to under 5 years", 2, 5),
          Band.of("5 to under 10 years", 5, 10),
          Band.of("10 to under 20 years", 10, 20),
          Band.atLeast("20 years and over", 20));

  private final LocalDate referenceDate;
  private final LocalDate yearStart;
  private List<Band> ageBands = AGE_BANDS;
  private List<Band> serviceBands = SERVICE_BANDS;
  private Optional<String> localAuthority = Optional.empty();
  private Optional<LaLevelVacancies> laLevel = Optional.empty();

  private final Tally inPost = new Tally();
  private final Tally withCases = new Tally();
  private final Tally starters = new Tally();
  private final Tally leavers = new Tally();
  private final Tally agencyInPost = new Tally();
  private boolean anyCases;
  private BigDecimal sicknessDays = BigDecimal.ZERO;
  private boolean anySickness;
  private final Map<String, Integer> byAge = new LinkedHashMap<>();
  private final Map<String, Integer> byService = new LinkedHashMap<>();
  private final Map<StartOrigin, Integer> byOrigin = new EnumMap<>(StartOrigin.class);
  private final Map<String, Integer> startersByAge = new LinkedHashMap<>();
  private final Map<LeaverDestination, Integer> byDestination = new EnumMap<>(LeaverDestination.class);
  private final Map<String, Integer> leaversByService = new LinkedHashMap<>();
  private final Map<String, Integer> leaversByAge = new LinkedHashMap<>();

  private WorkforceAggregator(LocalDate referenceDate) {
    this.referenceDate = referenceDate;
    this.yearStart = referenceDate.minusYears(1).plusDays(1);
  }

  /**
   * An aggregator for the census as at the given date (normally a 30 September).
   *
   * @param referenceDate the reference date
   * @return an aggregator for the census as at the given date (normally a 30 September)
   */
  public static WorkforceAggregator at(LocalDate referenceDate) {
    return new WorkforceAggregator(referenceDate);
  }

  /**
   * An aggregator for the census of the collection year, as at 30 September of its end year.
   *
   * @param year the collection year
   * @return an aggregator for the census of the collection year, as at 30 September of its end year
   */
  public static WorkforceAggregator forYear(CollectionYear year) {
    return new WorkforceAggregator(year.workforceReferenceDate());
  }

  /**
   * Uses the given age and time-in-service bands, in order; a value in no band counts as not known.
   *
   * @param age the age
   * @param timeInService the time in service
   * @return this aggregator
   */
  public WorkforceAggregator withBands(List<Band> age, List<Band> timeInService) {
    this.ageBands = List.copyOf(age);
    this.serviceBands = List.copyOf(timeInService);
    return this;
  }

  /**
   * The local authority number (LEA) to carry on the snapshot.
   *
   * @param lea the lea
   * @return the local authority number (LEA) to carry on the snapshot
   */
  public WorkforceAggregator localAuthority(String lea) {
    this.localAuthority = Optional.of(lea);
    return this;
  }

  /**
   * The return's local-authority-level items (vacancies, agency workers).
   *
   * @param items the items
   * @return the return's local-authority-level items (vacancies, agency workers)
   */
  public WorkforceAggregator laLevelItems(LaLevelVacancies items) {
    this.laLevel = Optional.of(items);
    return this;
  }

  /**
   * Counts one worker record.
   *
   * @param worker the worker record
   * @return this aggregator
   */
  public WorkforceAggregator add(SocialWorker worker) {
    if (worker.isAgencyWorker()) {
      if (worker.isInPostOn(referenceDate)) {
        agencyInPost.add(worker.fte());
      }
      return this;
    }
    if (!worker.isEmployee()) {
      return this;
    }
    if (worker.workingDaysLost().isPresent()) {
      sicknessDays = sicknessDays.add(worker.workingDaysLost().get());
      anySickness = true;
    }
    if (worker.isInPostOn(referenceDate)) {
      inPost.add(worker.fte());
      worker.casesAt30September().ifPresent(cases -> {
        anyCases = true;
        if (cases > 0) {
          withCases.add(worker.fte());
        }
      });
      increment(byAge, band(ageBands, worker.birthDate(), Optional.of(referenceDate)));
      increment(byService, band(serviceBands, worker.roleStartDate(), Optional.of(referenceDate)));
    }
    Optional<LocalDate> start = worker.roleStartDate().filter(this::inYear);
    if (start.isPresent()) {
      starters.add(worker.fte());
      worker.startOrigin().ifPresent(o -> byOrigin.merge(o, 1, Integer::sum));
      increment(startersByAge, band(ageBands, worker.birthDate(), start));
    }
    Optional<LocalDate> end = worker.roleEndDate().filter(this::inYear);
    if (end.isPresent()) {
      leavers.add(worker.fte());
      worker.leaverDestination().ifPresent(d -> byDestination.merge(d, 1, Integer::sum));
      increment(leaversByService, band(serviceBands, worker.roleStartDate(), end));
      increment(leaversByAge, band(ageBands, worker.birthDate(), end));
    }
    return this;
  }

  /**
   * The snapshot of everything counted so far.
   *
   * @return the snapshot of everything counted so far
   */
  public WorkforceSnapshot snapshot() {
    ImmutableWorkforceSnapshot.Builder b =
        WorkforceSnapshot.builder()
            .referenceDate(referenceDate)
            .localAuthority(localAuthority)
            .socialWorkers(inPost.figure())
            .starters(starters.figure())
            .leavers(leavers.figure())
            .socialWorkersByAge(byAge)
            .socialWorkersByTimeInService(byService)
            .startersByOrigin(byOrigin)
            .startersByAge(startersByAge)
            .leaversByDestination(byDestination)
            .leaversByTimeInService(leaversByService)
            .leaversByAge(leaversByAge);
    if (anyCases) {
      b.socialWorkersWithCaseloads(withCases.figure());
    }
    if (anySickness) {
      b.sicknessAbsenceDays(sicknessDays);
    }
    Optional<BigDecimal> agencyFte = laLevel.flatMap(LaLevelVacancies::agencyFte);
    Optional<Integer> agencyHeadcount = laLevel.flatMap(LaLevelVacancies::agencyHeadcount);
    if (agencyFte.isPresent() || agencyHeadcount.isPresent()) {
      b.agencyWorkers(FteAndHeadcount.builder().fte(agencyFte).headcount(agencyHeadcount).build());
    } else {
      b.agencyWorkers(agencyInPost.figure());
    }
    laLevel.flatMap(LaLevelVacancies::numberOfVacancies).ifPresent(v -> b.vacancies(FteAndHeadcount.ofFte(v)));
    return b.build();
  }

  private boolean inYear(LocalDate date) {
    return !date.isBefore(yearStart) && !date.isAfter(referenceDate);
  }

  private static String band(List<Band> bands, Optional<LocalDate> from, Optional<LocalDate> to) {
    if (from.isEmpty() || to.isEmpty() || from.get().isAfter(to.get())) {
      return NOT_KNOWN;
    }
    return Band.labelFor(bands, Period.between(from.get(), to.get()).getYears()).orElse(NOT_KNOWN);
  }

  private static void increment(Map<String, Integer> counts, String band) {
    counts.merge(band, 1, Integer::sum);
  }

  /** Headcount and FTE, where FTE sums only the records that have one. */
  private static final class Tally {
    private int headcount;
    private BigDecimal fte = BigDecimal.ZERO;

    void add(Optional<BigDecimal> workerFte) {
      headcount++;
      workerFte.ifPresent(f -> fte = fte.add(f));
    }

    FteAndHeadcount figure() {
      return FteAndHeadcount.of(fte, headcount);
    }
  }
}
