package io.github.cscreturns.core.csww;

import io.github.cscreturns.codesets.CollectionYear;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;

/**
 * An item of the local-authority-level census (the {@link WorkforceSnapshot} figures), with the
 * census in which it was first collected and the one from which it was statutory.
 *
 * <p>Census years are written as the DfE writes them: "2012-13" is the census as at 30 September
 * 2013, the first statutory collection (it is older than the oldest {@link CollectionYear}, so years
 * here are labels and reference dates). The aggregate return was replaced by worker-level records in
 * 2016-17; from then on the figures are derived from worker records. Where the sources record only an
 * intention to make an item statutory, {@link #statutoryFrom()} is empty and {@link #note()} says so.
 *
 * @since 2012-13
 */
public enum WorkforceItem {
  /** Number of children's social workers (FTE and headcount) at 30 September. */
  SOCIAL_WORKERS("Number of children's social workers (FTE and headcount) at 30 September", 2013, 2013, ""),
  /** Number of children's social worker vacancies (FTE and headcount) at 30 September. */
  VACANCIES("Number of children's social worker vacancies (FTE and headcount) at 30 September", 2013, 2013, ""),
  /** Number of starters in year ending 30 September (FTE and headcount). */
  STARTERS("Number of starters in year ending 30 September (FTE and headcount)", 2013, 2013, ""),
  /** Number of leavers in year ending 30 September (FTE and headcount). */
  LEAVERS("Number of leavers in year ending 30 September (FTE and headcount)", 2013, 2013, ""),
  /** Days missed due to sickness absence in year ending 30 September. */
  SICKNESS_ABSENCE_DAYS("Days missed due to sickness absence in year ending 30 September", 2013, 2013, ""),
  /** Number of agency workers (FTE and headcount) at 30 September. */
  AGENCY_WORKERS("Number of agency workers (FTE and headcount) at 30 September", 2013, 2013, ""),
  /** Number of children's social workers with caseloads. */
  SOCIAL_WORKERS_WITH_CASELOADS("Number of children's social workers with caseloads", 2014, 2015, "Voluntary in 2013-14."),
  /** Age of children's social workers. */
  AGE_OF_SOCIAL_WORKERS("Age of children's social workers", 2014, 2015, "Voluntary in 2013-14."),
  /** Time in service at LA. */
  TIME_IN_SERVICE("Time in service at LA", 2014, 2015, "Voluntary in 2013-14."),
  /** Number of agency workers covering vacancies. */
  VACANCIES_COVERED_BY_AGENCY_WORKERS("Number of agency workers covering vacancies", 2014, 2015, "Voluntary in 2013-14."),
  /** Background of starters (including NQSW route). */
  BACKGROUND_OF_STARTERS(
      "Background of starters (including NQSW route)", 2014, 0, "Voluntary; the DfE hoped to make it statutory in 2015-16 (not decided in the sources)."),
  /** Time in service at LA of leavers. */
  LEAVERS_TIME_IN_SERVICE(
      "Time in service at LA of leavers", 2014, 0, "Voluntary; the DfE hoped to make it statutory in 2015-16 (not decided in the sources)."),
  /** Destination of leavers. */
  DESTINATION_OF_LEAVERS(
      "Destination of leavers", 2014, 0, "Voluntary; the DfE hoped to make it statutory in 2015-16 (not decided in the sources)."),
  /** Age of starters. */
  AGE_OF_STARTERS("Age of starters", 2015, 0, "Voluntary in 2014-15; intended statutory from 2015-16."),
  /** Age of leavers. */
  AGE_OF_LEAVERS("Age of leavers", 2015, 0, "Voluntary in 2014-15; intended statutory from 2015-16.");

  private final String specItem;
  private final int firstCollectedEndYear;
  private final int statutoryEndYear;
  private final String note;

  WorkforceItem(String specItem, int firstCollectedEndYear, int statutoryEndYear, String note) {
    this.specItem = specItem;
    this.firstCollectedEndYear = firstCollectedEndYear;
    this.statutoryEndYear = statutoryEndYear;
    this.note = note;
  }

  /**
   * The item as the DfE letters name it.
   *
   * @return the item as the DfE letters name it
   */
  public String specItem() {
    return specItem;
  }

  /**
   * The first census that collected the item, such as "2012-13".
   *
   * @return the first census that collected the item, such as "2012-13"
   */
  public String firstCollected() {
    return label(firstCollectedEndYear);
  }

  /**
   * The first census from which the item was statutory, if the sources record it.
   *
   * @return the first census from which the item was statutory, if the sources record it
   */
  public Optional<String> statutoryFrom() {
    return statutoryEndYear == 0 ? Optional.empty() : Optional.of(label(statutoryEndYear));
  }

  /**
   * Voluntary years and intentions, in a sentence; empty when statutory from the start.
   *
   * @return voluntary years and intentions, in a sentence
   */
  public String note() {
    return note;
  }

  /**
   * Whether the census as at the reference date (a 30 September) collected the item.
   *
   * @param referenceDate the reference date
   * @return whether the census as at the reference date (a 30 September) collected the item
   */
  public boolean isCollectedAt(LocalDate referenceDate) {
    return !referenceDate.isBefore(LocalDate.of(firstCollectedEndYear, Month.SEPTEMBER, 30));
  }

  /**
   * Whether the item was statutory in the census as at the reference date, as far as the sources say.
   *
   * @param referenceDate the reference date
   * @return whether the item was statutory in the census as at the reference date, as far as the
   *     sources say
   */
  public boolean isStatutoryAt(LocalDate referenceDate) {
    return statutoryEndYear != 0
        && !referenceDate.isBefore(LocalDate.of(statutoryEndYear, Month.SEPTEMBER, 30));
  }

  /**
   * Whether the census of the collection year collected the item.
   *
   * @param year the collection year
   * @return whether the census of the collection year collected the item
   */
  public boolean isCollectedIn(CollectionYear year) {
    return isCollectedAt(year.workforceReferenceDate());
  }

  /**
   * Whether the item was statutory in the census of the collection year, as far as the sources say.
   *
   * @param year the collection year
   * @return whether the item was statutory in the census of the collection year, as far as the
   *     sources say
   */
  public boolean isStatutoryIn(CollectionYear year) {
    return isStatutoryAt(year.workforceReferenceDate());
  }

  private static String label(int endYear) {
    return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
  }
}
