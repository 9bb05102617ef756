package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.csww.LeaverDestination;
import io.github.cscreturns.codesets.csww.StartOrigin;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A local authority's children's social work workforce as at the census date, 30 September, with the
 * flows of the year ending on it, and the DfE's derived measures.
 *
 * <p>"Social workers" are children's social workers employed by the authority; agency workers are
 * counted separately and never included in them. Every figure is optional: an item not collected that
 * year ({@link WorkforceItem} says which), or not returned, is absent, and a measure that needs it is
 * absent too. Build one directly (published or aggregate figures) or with {@link WorkforceAggregator}
 * from worker records.
 *
 * <p>Measures return the fraction (0.136, not 13.6); {@link #asPercentage} rounds one for display.
 * They are computed to 16 significant digits ({@link MathContext#DECIMAL64}). Each is computed on FTE
 * by default, as the DfE does, and can be computed on headcount.
 *
 * @since 2012-13 (the first census, as at 30 September 2013)
 */
@Value.Immutable
public abstract class WorkforceSnapshot {
  private static final MathContext MATH = MathContext.DECIMAL64;

  /**
   * The census date: 30 September.
   *
   * @return the census date
   */
  public abstract LocalDate referenceDate();

  /**
   * The local authority number (LEA), where known.
   *
   * @return the local authority number (LEA), where known
   */
  public abstract Optional<String> localAuthority();

  /**
   * Children's social workers employed by the authority at 30 September (agency workers excluded).
   *
   * @return children's social workers employed by the authority at 30 September (agency workers
   *     excluded)
   */
  @Value.Default
  public FteAndHeadcount socialWorkers() {
    return FteAndHeadcount.empty();
  }

  /**
   * Of {@link #socialWorkers()}, those holding cases at 30 September (from 2013-14).
   *
   * @return of {@link #socialWorkers()}, those holding cases at 30 September (from 2013-14)
   */
  @Value.Default
  public FteAndHeadcount socialWorkersWithCaseloads() {
    return FteAndHeadcount.empty();
  }

  /**
   * Vacant children's social worker posts at 30 September, including those covered by agency workers.
   *
   * @return vacant children's social worker posts at 30 September, including those covered by
   *     agency workers
   */
  @Value.Default
  public FteAndHeadcount vacancies() {
    return FteAndHeadcount.empty();
  }

  /**
   * Of {@link #vacancies()}, those covered by agency workers (from 2013-14).
   *
   * @return of {@link #vacancies()}, those covered by agency workers (from 2013-14)
   */
  @Value.Default
  public FteAndHeadcount vacanciesCoveredByAgencyWorkers() {
    return FteAndHeadcount.empty();
  }

  /**
   * Agency workers working as children's social workers at 30 September.
   *
   * @return agency workers working as children's social workers at 30 September
   */
  @Value.Default
  public FteAndHeadcount agencyWorkers() {
    return FteAndHeadcount.empty();
  }

  /**
   * Social workers who started in the year ending 30 September.
   *
   * @return social workers who started in the year ending 30 September
   */
  @Value.Default
  public FteAndHeadcount starters() {
    return FteAndHeadcount.empty();
  }

  /**
   * Social workers who left in the year ending 30 September.
   *
   * @return social workers who left in the year ending 30 September
   */
  @Value.Default
  public FteAndHeadcount leavers() {
    return FteAndHeadcount.empty();
  }

  /**
   * Working days lost to sickness absence by social workers in the year ending 30 September.
   *
   * @return working days lost to sickness absence by social workers in the year ending 30 September
   */
  public abstract Optional<BigDecimal> sicknessAbsenceDays();

  /**
   * Social workers at 30 September by age band (from 2013-14).
   *
   * @return social workers at 30 September by age band (from 2013-14)
   */
  public abstract Map<String, Integer> socialWorkersByAge();

  /**
   * Social workers at 30 September by time in service at the authority (from 2013-14).
   *
   * @return social workers at 30 September by time in service at the authority (from 2013-14)
   */
  public abstract Map<String, Integer> socialWorkersByTimeInService();

  /**
   * Starters by background, including the newly-qualified route (from 2013-14).
   *
   * @return starters by background, including the newly-qualified route (from 2013-14)
   */
  public abstract Map<StartOrigin, Integer> startersByOrigin();

  /**
   * Starters by age band at their start date (from 2014-15).
   *
   * @return starters by age band at their start date (from 2014-15)
   */
  public abstract Map<String, Integer> startersByAge();

  /**
   * Leavers by destination (from 2013-14).
   *
   * @return leavers by destination (from 2013-14)
   */
  public abstract Map<LeaverDestination, Integer> leaversByDestination();

  /**
   * Leavers by time in service at the authority when they left (from 2013-14).
   *
   * @return leavers by time in service at the authority when they left (from 2013-14)
   */
  public abstract Map<String, Integer> leaversByTimeInService();

  /**
   * Leavers by age band at their leaving date (from 2014-15).
   *
   * @return leavers by age band at their leaving date (from 2014-15)
   */
  public abstract Map<String, Integer> leaversByAge();

  /**
   * The first day of the census year: 1 October of the year before the reference date.
   *
   * @return the first day of the census year
   */
  public LocalDate yearStart() {
    return referenceDate().minusYears(1).plusDays(1);
  }

  /**
   * Whether a date lies in the year ending on the reference date, both ends included.
   *
   * @param date the date
   * @return whether a date lies in the year ending on the reference date, both ends included
   */
  public boolean isInYear(LocalDate date) {
    return !date.isBefore(yearStart()) && !date.isAfter(referenceDate());
  }

  /**
   * The census year as the DfE writes it: "2012-13" for the census as at 30 September 2013.
   *
   * @return the census year as the DfE writes it
   */
  public String censusYear() {
    int end = referenceDate().getYear();
    return (end - 1) + "-" + String.format("%02d", end % 100);
  }

  /**
   * The collection year whose census date this is, if the SDK models it (2013-14 onwards).
   *
   * @return the collection year whose census date this is, if the SDK models it (2013-14 onwards)
   */
  public Optional<CollectionYear> collectionYear() {
    return CollectionYear.ofStartYear(referenceDate().getYear() - 1)
        .filter(y -> y.workforceReferenceDate().equals(referenceDate()));
  }

  /**
   * Newly qualified starters: the NQSW route of {@link #startersByOrigin()}.
   *
   * @return newly qualified starters
   */
  public Optional<Integer> newlyQualifiedStarters() {
    return Optional.ofNullable(startersByOrigin().get(StartOrigin.NEWLY_QUALIFIED));
  }

  /**
   * {@link #vacancyRate(Basis)} on FTE.
   *
   * @return {@link #vacancyRate(Basis)} on FTE
   */
  public Optional<BigDecimal> vacancyRate() {
    return vacancyRate(Basis.FTE);
  }

  /**
   * Vacancy rate: the proportion of vacancies amongst all social worker posts, filled and vacant.
   *
   * <pre>vacancy rate = vacancies ÷ (social workers + vacancies)</pre>
   *
   * 2012-13, England: 3,610 ÷ (22,910 + 3,610) = 13.6%, published as 14%. Vacancies include posts
   * covered by agency workers, so this rate overlaps the agency-worker rate.
   *
   * @param basis the basis
   * @return vacancy rate
   */
  public Optional<BigDecimal> vacancyRate(Basis basis) {
    Optional<BigDecimal> vacant = vacancies().on(basis);
    return ratio(vacant, add(socialWorkers().on(basis), vacant));
  }

  /**
   * {@link #turnoverRate(Basis)} on FTE.
   *
   * @return {@link #turnoverRate(Basis)} on FTE
   */
  public Optional<BigDecimal> turnoverRate() {
    return turnoverRate(Basis.FTE);
  }

  /**
   * Turnover rate: leavers in the year against the social workers in post at its end.
   *
   * <pre>turnover rate = leavers in the year to 30 September ÷ social workers at 30 September</pre>
   *
   * 2012-13, England: 3,360 ÷ 22,910 = 14.7%, published as 15% ("1 in 7").
   *
   * @param basis the basis
   * @return turnover rate
   */
  public Optional<BigDecimal> turnoverRate(Basis basis) {
    return ratio(leavers().on(basis), socialWorkers().on(basis));
  }

  /**
   * Sickness absence rate: the share of available working days lost to sickness, on FTE.
   *
   * <pre>sickness absence rate = days lost ÷ (social workers FTE × working days per FTE in the year)</pre>
   *
   * The number of working days per FTE is not in the DfE sources, so the caller gives it. The 2012-13
   * figures (about 240,000 days, "4% days missed", 22,910 FTE) fit about 261 days, the weekdays of a
   * year.
   *
   * @param workingDaysPerFte the working days available to one FTE in the year; must be positive
   * @return sickness absence rate
   */
  public Optional<BigDecimal> sicknessAbsenceRate(BigDecimal workingDaysPerFte) {
    if (workingDaysPerFte.signum() <= 0) {
      throw new IllegalArgumentException("Working days per FTE must be positive");
    }
    return ratio(sicknessAbsenceDays(), socialWorkers().fte().map(f -> f.multiply(workingDaysPerFte, MATH)));
  }

  /**
   * Days lost to sickness per FTE social worker in the year.
   *
   * <pre>days per social worker = days lost ÷ social workers FTE</pre>
   *
   * 2012-13, England: 240,000 ÷ 22,910 ≈ 10.5 days, "just less than one day a month".
   *
   * @return days lost to sickness per FTE social worker in the year
   */
  public Optional<BigDecimal> sicknessAbsenceDaysPerSocialWorker() {
    return ratio(sicknessAbsenceDays(), socialWorkers().fte());
  }

  /**
   * {@link #agencyWorkerRate(Basis)} on FTE.
   *
   * @return {@link #agencyWorkerRate(Basis)} on FTE
   */
  public Optional<BigDecimal> agencyWorkerRate() {
    return agencyWorkerRate(Basis.FTE);
  }

  /**
   * Percentage of agency workers, taken against all posts, filled and vacant.
   *
   * <pre>agency-worker rate = agency workers ÷ (social workers + vacancies)</pre>
   *
   * <p>Uncertain: the DfE names agency workers, social workers and vacancies as the inputs but prints no
   * formula. Vacancies among the inputs suggest this denominator (all posts), which we use; agency
   * workers and vacancies overlap, since vacancies include posts covered by agency workers.
   * {@link #agencyWorkerShareOfWorkforce(Basis)} gives the other plausible reading. 2012-13, England:
   * 3,250 ÷ (22,910 + 3,610) = 12.3%.
   *
   * @param basis the basis
   * @return percentage of agency workers, taken against all posts, filled and vacant
   */
  public Optional<BigDecimal> agencyWorkerRate(Basis basis) {
    return ratio(agencyWorkers().on(basis), add(socialWorkers().on(basis), vacancies().on(basis)));
  }

  /**
   * The other reading of the percentage of agency workers: agency workers as a share of everyone
   * working, employed or agency.
   *
   * <pre>agency share = agency workers ÷ (social workers + agency workers)</pre>
   *
   * 2012-13, England: 3,250 ÷ (22,910 + 3,250) = 12.4%.
   *
   * @param basis the basis
   * @return the other reading of the percentage of agency workers
   */
  public Optional<BigDecimal> agencyWorkerShareOfWorkforce(Basis basis) {
    Optional<BigDecimal> agency = agencyWorkers().on(basis);
    return ratio(agency, add(socialWorkers().on(basis), agency));
  }

  /**
   * Children in need per FTE social worker: the given children-in-need count against the authority's
   * social workers (agency workers excluded).
   *
   * <pre>children in need per social worker = children in need ÷ social workers FTE</pre>
   *
   * @param childrenInNeed the number of children in need, from the CIN census, at the date the caller
   * chooses (the snapshot does not know it)
   * @return children in need per FTE social worker
   */
  public Optional<BigDecimal> childrenInNeedPerSocialWorker(int childrenInNeed) {
    if (childrenInNeed < 0) {
      throw new IllegalArgumentException("A count of children in need cannot be negative");
    }
    return ratio(Optional.of(BigDecimal.valueOf(childrenInNeed)), socialWorkers().fte());
  }

  /**
   * A fraction as a percentage rounded half-up to the given decimals: 0.13612 → 13.6 with 1.
   *
   * @param fraction the fraction
   * @param decimals the decimals
   * @return a fraction as a percentage rounded half-up to the given decimals
   */
  public static BigDecimal asPercentage(BigDecimal fraction, int decimals) {
    return fraction.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP);
  }

  /**
   * A builder of a {@code WorkforceSnapshot}, every item unset.
   *
   * @return the builder
   */
  public static ImmutableWorkforceSnapshot.Builder builder() {
    return ImmutableWorkforceSnapshot.builder();
  }

  private static Optional<BigDecimal> ratio(Optional<BigDecimal> numerator, Optional<BigDecimal> denominator) {
    if (numerator.isEmpty() || denominator.isEmpty() || denominator.get().signum() == 0) {
      return Optional.empty();
    }
    return Optional.of(numerator.get().divide(denominator.get(), MATH));
  }

  private static Optional<BigDecimal> add(Optional<BigDecimal> a, Optional<BigDecimal> b) {
    return a.isPresent() && b.isPresent() ? Optional.of(a.get().add(b.get())) : Optional.empty();
  }
}
