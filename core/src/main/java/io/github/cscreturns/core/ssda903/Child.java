package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A child in the SSDA903 return: the header items (table Header; XML element HEADER) and every record
 * of that child in the other tables, with views derived from them.
 *
 * <p>The derived views follow the DfE definitions and never throw, whatever the records say: records
 * without the dates a view needs are left out of it, and the validation rules report them.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Child extends Ssda903Record {
  /**
   * A builder of a {@code Child}, every item unset.
   *
   * @return the builder
   */
  static ImmutableChild.Builder builder() {
    return ImmutableChild.builder();
  }

  @Override
  default Ssda903Table table() {
    return Ssda903Table.HEADER;
  }

  /**
   * The LA's identifier of the child (CHILD; XML CHILDID).
   *
   * @return the LA's identifier of the child (CHILD
   */
  ChildId childId();

  /**
   * Sex (SEX): gender 1/2 to 2023-24, sex M/F/U from 2024-25.
   *
   * @return sex (SEX)
   */
  Optional<Sex> sex();

  /**
   * Date of birth (DOB).
   *
   * @return date of birth (DOB)
   */
  Optional<LocalDate> dob();

  /**
   * Ethnic origin (ETHNIC).
   *
   * @return ethnic origin (ETHNIC)
   */
  Optional<Ethnicity> ethnicity();

  /**
   * Unique pupil number (UPN), or an unknown-UPN reason code.
   *
   * @return unique pupil number (UPN), or an unknown-UPN reason code
   */
  Optional<Upn> upn();

  /**
   * Whether the child is a mother (MOTHER).
   *
   * @return whether the child is a mother (MOTHER)
   */
  Optional<MotherStatus> motherStatus();

  /**
   * Date of birth of the child's first child (MC_DOB).
   *
   * @return date of birth of the child's first child (MC_DOB)
   */
  Optional<LocalDate> motherChildDob();

  /**
   * The XML header's UASC flag (item UASC); CSV returns carry a UASC table row instead.
   *
   * @return the XML header's UASC flag (item UASC)
   */
  Optional<UascFlag> uascFlag();

  /**
   * Whether the return had a Header row (XML: HEADER element) for this child. False for a child who
   * appears only in other tables, which readers keep rather than drop (rule INT03 reports it).
   *
   * @return whether the return had a Header row (XML
   */
  @Value.Default
  default boolean headerRecorded() {
    return true;
  }

  /**
   * Episodes of care (table Episodes), in the order read.
   *
   * @return episodes of care (table Episodes), in the order read
   */
  List<Episode> episodes();

  /**
   * Reviews (table Reviews).
   *
   * @return reviews (table Reviews)
   */
  List<Review> reviews();

  /**
   * Unaccompanied asylum-seeking child records (table UASC); at most one is expected.
   *
   * @return unaccompanied asylum-seeking child records (table UASC)
   */
  List<Uasc> uasc();

  /**
   * OC2 outcomes (table OC2); at most one is expected.
   *
   * @return OC2 outcomes (table OC2)
   */
  List<HealthOutcomes> healthOutcomes();

  /**
   * Care leaver checkpoint records (table OC3); at most one is expected.
   *
   * @return care leaver checkpoint records (table OC3)
   */
  List<CareLeaverCheckpoint> careLeaverCheckpoints();

  /**
   * Adoptions (table AD1); at most one is expected.
   *
   * @return adoptions (table AD1)
   */
  List<Adoption> adoptions();

  /**
   * Decisions to place for adoption (table PlacedAdoption).
   *
   * @return decisions to place for adoption (table PlacedAdoption)
   */
  List<PlacedForAdoption> placedForAdoption();

  /**
   * Previous permanence (table PrevPerm).
   *
   * @return previous permanence (table PrevPerm)
   */
  List<PreviousPermanence> previousPermanence();

  /**
   * Missing and away episodes (table Missing, from 2014-15).
   *
   * @return missing and away episodes (table Missing, from 2014-15)
   */
  List<MissingEpisode> missingEpisodes();

  /**
   * Social worker episodes (table SWEpisodes, from 2023-24).
   *
   * @return social worker episodes (table SWEpisodes, from 2023-24)
   */
  List<SocialWorkerEpisode> socialWorkerEpisodes();

  /**
   * Deprivation of liberty orders (table DoLo, from 2026-27).
   *
   * @return deprivation of liberty orders (table DoLo, from 2026-27)
   */
  List<DeprivationOfLiberty> deprivationsOfLiberty();

  // ---------------------------------------------------------------- derived views

  /**
   * The child's records of one table, in the order read: for Header the child itself, where the
   * return had its Header row (none otherwise); for every other table, that table's records.
   *
   * @param table the DfE table
   * @return the child's records of the table, in the order read
   */
  default List<? extends Ssda903Record> records(Ssda903Table table) {
    return switch (table) {
      case HEADER -> headerRecorded() ? List.of(this) : List.of();
      case EPISODES -> episodes();
      case REVIEWS -> reviews();
      case UASC -> uasc();
      case OC2 -> healthOutcomes();
      case OC3 -> careLeaverCheckpoints();
      case AD1 -> adoptions();
      case PLACED_ADOPTION -> placedForAdoption();
      case PREV_PERM -> previousPermanence();
      case MISSING -> missingEpisodes();
      case SW_EPISODES -> socialWorkerEpisodes();
      case DOLO -> deprivationsOfLiberty();
    };
  }

  /**
   * Episodes that have a start date, in date order (stable for equal dates).
   *
   * @return episodes that have a start date, in date order (stable for equal dates)
   */
  @Value.Lazy
  default List<Episode> episodesInDateOrder() {
    return CareHistory.datedEpisodes(episodes());
  }

  /**
   * Periods of care, in date order. A period is a run of consecutive episodes: an episode with
   * reason for new episode S (started to be looked after) starts a new period, and so does a gap
   * (an episode that does not start on the day the one before it ceased).
   *
   * @return periods of care, in date order
   */
  @Value.Lazy
  default List<PeriodOfCare> periodsOfCare() {
    return CareHistory.periods(episodesInDateOrder());
  }

  /**
   * Placements as spells across episodes, in date order. Consecutive episodes in which the child
   * stays in the same placement are one placement: only an episode that starts for a change of legal
   * status alone (RNE L) continues the placement before it; any other reason (S, P, T, B, U, or an
   * unknown one) starts a new placement, as does the start of each period of care. The placements
   * partition {@link #episodesInDateOrder()} in order.
   *
   * @return placements as spells across episodes, in date order
   */
  @Value.Lazy
  default List<PlacementSpell> placements() {
    return CareHistory.placements(periodsOfCare());
  }

  /**
   * Whether the child was looked after on the date (some episode covers it).
   *
   * @param date the date
   * @return whether the child was looked after on the date (some episode covers it)
   */
  default boolean isLookedAfterOn(LocalDate date) {
    return episodesInDateOrder().stream().anyMatch(e -> e.covers(date));
  }

  /**
   * Whether the child was looked after at 31 March, the end of the collection year.
   *
   * @param year the collection year
   * @return whether the child was looked after at 31 March, the end of the collection year
   */
  default boolean isLookedAfterAtYearEnd(CollectionYear year) {
    return isLookedAfterOn(year.ssda903End());
  }

  /**
   * The episodes open at 31 March of the year (those that cover that day).
   *
   * @param year the collection year
   * @return the episodes open at 31 March of the year (those that cover that day)
   */
  default List<Episode> episodesOpenAtYearEnd(CollectionYear year) {
    return episodesInDateOrder().stream().filter(e -> e.covers(year.ssda903End())).toList();
  }

  /**
   * Age in whole years on the date, if the date of birth is known and not after the date. The age
   * goes up on the birthday; a child born on 29 February turns a year older on 28 February in years
   * that are not leap years, as in {@link #birthdaysIn(CollectionYear)}.
   *
   * @param date the date
   * @return age in whole years on the date, if the date of birth is known and not after the date
   */
  default Optional<Integer> ageOn(LocalDate date) {
    return dob().filter(d -> !d.isAfter(date)).map(d -> CareHistory.age(d, date));
  }

  /**
   * The birthdays falling within the collection year (1 April to 31 March), in order.
   *
   * @param year the collection year
   * @return the birthdays falling within the collection year (1 April to 31 March), in order
   */
  default List<Birthday> birthdaysIn(CollectionYear year) {
    return dob().map(d -> CareHistory.birthdays(d, year)).orElse(List.of());
  }

  /**
   * The care leaver checkpoints due in the year: the 19th, 20th and 21st birthdays from 2013-14, and
   * the 17th and 18th too from 2015-16, whose birthday falls in the year. Whether the child is a
   * relevant care leaver at all is for the validation rules, which see the previous years.
   *
   * @param year the collection year
   * @return the care leaver checkpoints due in the year
   */
  default List<Birthday> careLeaverCheckpointsDue(CollectionYear year) {
    int youngest = year.isEqualOrNewerThan(CollectionYear.Y2015_16) ? 17 : 19;
    return birthdaysIn(year).stream().filter(b -> b.age() >= youngest && b.age() <= 21).toList();
  }

  /**
   * Days looked after within the collection year, each day counted once (the day an episode ceases is not counted).
   *
   * @param year the collection year
   * @return days looked after within the collection year, each day counted once (the day an episode
   *     ceases is not counted)
   */
  default long daysInCareWithin(CollectionYear year) {
    return CareHistory.daysCovered(episodesInDateOrder(), year.ssda903Start(), year.ssda903End());
  }

  /**
   * Placement moves in the year: placements that start in the year and are not the first of their period of care.
   *
   * @param year the collection year
   * @return placement moves in the year
   */
  default int placementMovesIn(CollectionYear year) {
    return CareHistory.movesIn(periodsOfCare(), year);
  }
}
