package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.Crosswalk;
import io.github.cscreturns.codesets.ssda903.AdoptedByFosterCarer;
import io.github.cscreturns.codesets.ssda903.AdopterLegalStatus;
import io.github.cscreturns.codesets.ssda903.AdopterSex;
import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.CategoryOfNeed;
import io.github.cscreturns.codesets.ssda903.Ethnicity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.codesets.ssda903.MissingType;
import io.github.cscreturns.codesets.ssda903.MotherStatus;
import io.github.cscreturns.codesets.ssda903.NumberOfAdopters;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.codesets.ssda903.PreviousPermanenceOption;
import io.github.cscreturns.codesets.ssda903.ReasonEpisodeCeased;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableEpisode;
import io.github.cscreturns.core.ssda903.ImmutableHealthOutcomes;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Ssda903Table;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * One child's care history across the collection year and the year before it, drawn once from the
 * child's own seed; {@link #inYear} shows it as a return of either year would record it. Because both
 * years' records are views of one history, the previous-year return agrees with this year's by
 * construction (the open episode at 31 March, placement decisions, UASC status, mother status, UPN,
 * social-worker episodes).
 *
 * <p>Codes are drawn as the collection year's codesets define them and shown in the previous year
 * through the codesets' crosswalks (U4 in 2014-15 is Q2 in 2013-14; M/F from 2024-25 are 1/2
 * before), so no code list is kept here.
 *
 * <p>What the history keeps simple, on purpose, to stay valid under the DfE's rules: one period of
 * care per child; no short breaks (V3/V4), temporary placements (T0–T4), youth justice or emergency
 * legal statuses; supported accommodation only for placements starting in the collection year (so
 * the reforms of 28 October 2023 never split a placement across a year boundary); OC3 only for care
 * leavers at their 19th birthday who left care at 18 in the previous year.
 */
final class ChildHistory {
  private static final LocalDate EARLIEST_PERIOD_START = LocalDate.of(2006, 1, 1);
  private static final LocalDate PREVIOUS_PERMANENCE_FROM = LocalDate.of(2016, 4, 1);

  /** What kind of child in the return: looked after on 1 April, starting in the year, or a care leaver reported at 19. */
  enum Kind {
    CONTINUING,
    STARTER,
    CARE_LEAVER
  }

  /** One episode as the collection year codes it; {@code end} is null while it goes on past the horizon. */
  private record Ep(
      LocalDate start,
      LocalDate end,
      ReasonNewEpisode rne,
      LegalStatus legalStatus,
      CategoryOfNeed need,
      PlacementType type,
      PlacementProvider provider,
      Postcode placementPostcode,
      Urn urn,
      ReasonEpisodeCeased rec,
      ReasonPlacementChange placeChange,
      Postcode home) {}

  private record Missing(MissingType type, LocalDate start, LocalDate end) {}

  private record SocialWorker(String id, LocalDate start, LocalDate end, SocialWorkerChangeReason reason) {}

  private record AdoptionPlan(
      LocalDate decision, LocalDate matched, boolean adopted, NumberOfAdopters number, AdopterSex sex, AdopterLegalStatus legalStatus) {}

  private record Permanence(PreviousPermanenceOption option, LocalDate date) {}

  private record Dolo(LocalDate start, LocalDate end) {}

  private record LeaverCheckpoint(InTouch inTouch, CareLeaverActivity activity, CareLeaverAccommodation accommodation) {}

  final CollectionYear year;
  final Kind kind;
  private final long seed;
  private final ChildId id;
  private final boolean male;
  private final Ethnicity ethnicity;
  private final LocalDate dob;
  private final boolean uasc;
  private final Optional<Upn> upn;
  private LocalDate motherChildDob;
  private final List<Ep> episodes = new ArrayList<>();
  private final List<Missing> missing = new ArrayList<>();
  private final List<SocialWorker> socialWorkers = new ArrayList<>();
  private final List<LocalDate> reviews = new ArrayList<>();
  private AdoptionPlan adoption;
  private Permanence permanence;
  private Dolo dolo;
  private LeaverCheckpoint checkpoint;
  private final Optional<LaCode> la;

  private ChildHistory(CollectionYear year, Kind kind, long seed, ChildId id, boolean male, Ethnicity ethnicity, LocalDate dob,
      boolean uasc, Optional<Upn> upn, Optional<LaCode> la) {
    this.year = year;
    this.kind = kind;
    this.seed = seed;
    this.id = id;
    this.male = male;
    this.ethnicity = ethnicity;
    this.dob = dob;
    this.uasc = uasc;
    this.upn = upn;
    this.la = la;
  }

  // ------------------------------------------------------------------ proportions

  private static final Weights<int[]> AGE_AT_31_MARCH =
      Weights.of(new int[] {0, 0}, 5, new int[] {1, 4}, 14, new int[] {5, 9}, 18, new int[] {10, 15}, 38, new int[] {16, 17}, 25);
  private static final Weights<int[]> AGE_AT_START =
      Weights.of(new int[] {0, 0}, 20, new int[] {1, 4}, 16, new int[] {5, 9}, 15, new int[] {10, 15}, 30, new int[] {16, 17}, 19);
  private static final Weights<Ethnicity> ETHNICITY =
      Weights.of(
          Ethnicity.WBRI, 64, Ethnicity.WOTH, 6, Ethnicity.WIRI, 0.5, Ethnicity.WIRT, 0.7, Ethnicity.WROM, 0.8,
          Ethnicity.MWBC, 3.5, Ethnicity.MWBA, 1.5, Ethnicity.MWAS, 1.5, Ethnicity.MOTH, 3.5,
          Ethnicity.BCRB, 1.5, Ethnicity.BAFR, 3.5, Ethnicity.BOTH, 2,
          Ethnicity.AIND, 0.7, Ethnicity.APKN, 1.3, Ethnicity.ABAN, 0.7, Ethnicity.AOTH, 2.3, Ethnicity.CHNE, 0.1,
          Ethnicity.OOTH, 4);
  private static final Weights<Ethnicity> UASC_ETHNICITY =
      Weights.of(Ethnicity.AOTH, 35, Ethnicity.BAFR, 25, Ethnicity.OOTH, 30, Ethnicity.BOTH, 5, Ethnicity.WOTH, 5);
  private static final Weights<CategoryOfNeed> NEED =
      Weights.of(
          CategoryOfNeed.N1, 65, CategoryOfNeed.N5, 13, CategoryOfNeed.N8, 4, CategoryOfNeed.N4, 7, CategoryOfNeed.N2, 3,
          CategoryOfNeed.N3, 3, CategoryOfNeed.N6, 0.8, CategoryOfNeed.N7, 0.2);
  private static final Weights<PlacementType> FOSTER =
      Weights.of(PlacementType.U4, 38, PlacementType.U6, 40, PlacementType.U1, 10, PlacementType.U3, 12);
  private static final Weights<PlacementProvider> FOSTER_PROVIDER =
      Weights.of(PlacementProvider.PR1, 60, PlacementProvider.PR4, 38, PlacementProvider.PR2, 2);
  private static final Weights<PlacementProvider> HOME_PROVIDER =
      Weights.of(PlacementProvider.PR4, 80, PlacementProvider.PR5, 20);
  private static final Weights<PlacementProvider> ADOPTION_PROVIDER =
      Weights.of(PlacementProvider.PR1, 70, PlacementProvider.PR5, 30);
  private static final Weights<ReasonPlacementChange> PLACE_CHANGE =
      Weights.of(
          ReasonPlacementChange.CARPL, 40, ReasonPlacementChange.CREQB, 15, ReasonPlacementChange.CREQO, 10,
          ReasonPlacementChange.CHILD, 8, ReasonPlacementChange.LAREQ, 8, ReasonPlacementChange.CLOSE, 4,
          ReasonPlacementChange.STAND, 3, ReasonPlacementChange.ALLEG, 2, ReasonPlacementChange.OTHER, 10);
  private static final Weights<ReasonEpisodeCeased> LEAVING_UNDER_18 =
      Weights.of(
          ReasonEpisodeCeased.E4A, 38, ReasonEpisodeCeased.E4B, 4, ReasonEpisodeCeased.E13, 5, ReasonEpisodeCeased.E41, 8,
          ReasonEpisodeCeased.E47, 7, ReasonEpisodeCeased.E48, 3, ReasonEpisodeCeased.E3, 3, ReasonEpisodeCeased.E8, 12,
          ReasonEpisodeCeased.E16, 1);
  private static final Weights<ReasonEpisodeCeased> SPECIAL_GUARDIANSHIP_BY_FOSTER_CARERS =
      Weights.of(ReasonEpisodeCeased.E45, 60, ReasonEpisodeCeased.E46, 40);
  private static final Weights<ReviewParticipation> PARTICIPATION =
      Weights.of(
          ReviewParticipation.PN1, 55, ReviewParticipation.PN2, 5, ReviewParticipation.PN3, 5, ReviewParticipation.PN4, 5,
          ReviewParticipation.PN5, 5, ReviewParticipation.PN6, 12, ReviewParticipation.PN7, 13);
  private static final Weights<SocialWorkerChangeReason> SOCIAL_WORKER_CHANGE =
      Weights.of(
          SocialWorkerChangeReason.LEFTRL, 35, SocialWorkerChangeReason.MANAGE, 25, SocialWorkerChangeReason.TSPROC, 15,
          SocialWorkerChangeReason.ORGRST, 8, SocialWorkerChangeReason.ABSENC, 6, SocialWorkerChangeReason.PCCHAN, 3,
          SocialWorkerChangeReason.CHCHAN, 2, SocialWorkerChangeReason.OTHERS, 6);
  private static final Weights<PreviousPermanenceOption> PERMANENCE =
      Weights.of(
          PreviousPermanenceOption.Z1, 82, PreviousPermanenceOption.P1, 4,
          PreviousPermanenceOption.P2, 10, PreviousPermanenceOption.P3, 4);
  private static final Weights<CareLeaverActivity> ACTIVITY_AT_19 =
      Weights.of(
          CareLeaverActivity.F2, 20, CareLeaverActivity.F1, 7, CareLeaverActivity.P2, 3, CareLeaverActivity.F4, 4,
          CareLeaverActivity.F5, 14, CareLeaverActivity.P5, 5, CareLeaverActivity.F3, 18, CareLeaverActivity.P3, 5,
          CareLeaverActivity.G4, 9, CareLeaverActivity.G5, 29, CareLeaverActivity.G6, 6);
  private static final Weights<CareLeaverAccommodation> ACCOMMODATION_AT_19 =
      Weights.of(
          CareLeaverAccommodation.U1, 33, CareLeaverAccommodation.D1, 20, CareLeaverAccommodation.Z1, 12,
          CareLeaverAccommodation.B1, 10, CareLeaverAccommodation.E1, 7, CareLeaverAccommodation.K1, 5,
          CareLeaverAccommodation.T1, 4, CareLeaverAccommodation.C1, 2, CareLeaverAccommodation.Y1, 4,
          CareLeaverAccommodation.V2, 2, CareLeaverAccommodation.S2, 1);

  // ------------------------------------------------------------------ drawing

  /**
   * Draws the history of the {@code index}-th child of a return of {@code year}.
   *
   * @param postcodes where home and placement postcodes are drawn from (never empty)
   */
  static ChildHistory draw(CollectionYear year, long seed, int index, Optional<LaCode> la, List<Postcode> postcodes) {
    SplittableRandom r = new SplittableRandom(seed);
    LocalDate start = year.ssda903Start();
    LocalDate end = year.ssda903End();
    boolean hasPrevious = year.previous().isPresent();
    double leaverShare = hasPrevious ? NationalFigures.SHARE_CARE_LEAVERS_AT_19 : 0;
    double x = r.nextDouble();
    Kind kind =
        x < leaverShare ? Kind.CARE_LEAVER
            : x < leaverShare + (1 - leaverShare) * NationalFigures.SHARE_ALREADY_LOOKED_AFTER ? Kind.CONTINUING
            : Kind.STARTER;
    boolean uasc = kind != Kind.CARE_LEAVER && r.nextDouble() < NationalFigures.SHARE_UASC;
    boolean male = uasc ? r.nextDouble() < 0.95 : r.nextDouble() < 0.56;
    Ethnicity ethnicity = (uasc ? UASC_ETHNICITY : ETHNICITY).draw(r);

    LocalDate dob;
    LocalDate periodStart;
    switch (kind) {
      case CONTINUING -> {
        int[] band = uasc ? new int[] {15, 17} : AGE_AT_31_MARCH.draw(r);
        int age = between(r, band[0], band[1]);
        dob = start.minusDays(1).minusYears(age).minusDays(r.nextInt(365));
        long sinceBirth = ChronoUnit.DAYS.between(dob, start);
        LocalDate earliest = uasc ? dob.plusYears(13) : dob;
        long span = Math.min(ChronoUnit.DAYS.between(earliest, start), 8 * 365L);
        periodStart = start.minusDays(1 + (span <= 1 ? 0 : r.nextLong(span - 1)));
        if (periodStart.isBefore(dob) || sinceBirth < 1) {
          periodStart = dob;
        }
      }
      case STARTER -> {
        periodStart = awayFromYearStarts(start.plusDays(r.nextInt((int) ChronoUnit.DAYS.between(start, end) + 1)), year);
        if (periodStart.isAfter(end)) {
          periodStart = end.minusDays(7);
        }
        int[] band = uasc ? new int[] {14, 17} : AGE_AT_START.draw(r);
        int age = between(r, band[0], band[1]);
        dob = periodStart.minusYears(age).minusDays(r.nextInt(365));
        if (!dob.plusYears(18).isAfter(periodStart)) {
          dob = dob.plusDays(30);
        }
      }
      default -> {
        CollectionYear previous = year.previous().orElseThrow();
        // Looked after for at least 13 weeks in last year's return before leaving care at 18 (rule 1001
        // counts the two returns' episodes: a relevant child was looked after 13 weeks since 14).
        LocalDate eighteenth = previous.ssda903Start().plusDays(92 + r.nextInt(365 - 92));
        dob = eighteenth.minusYears(18);
        periodStart = dob.plusYears(13).plusDays(r.nextInt(3 * 365));
      }
    }
    if (dob.getMonthValue() == 4 && dob.getDayOfMonth() == 1) {
      dob = dob.plusDays(1);
    }
    periodStart = awayFromYearStarts(periodStart, year);
    if (periodStart.isBefore(dob)) {
      periodStart = dob;
    }
    if (periodStart.isBefore(EARLIEST_PERIOD_START)) {
      periodStart = EARLIEST_PERIOD_START;
    }
    ChildId id = ChildId.of(Integer.toString(1_000_000 + index));
    // Unknown UPN (UN1: not of school age) only for the youngest, whose age keeps it right in both years.
    boolean young = !dob.plusYears(3).isBefore(end);
    Optional<Upn> upn = young ? Optional.of(Upn.of("UN1")) : Optional.of(upn(la, index));
    ChildHistory h = new ChildHistory(year, kind, seed, id, male, ethnicity, dob, uasc, upn, la);
    h.drawPeriod(r, periodStart, postcodes);
    // A few girls of 16 or over are mothers, their first child born while they are looked after.
    if (!male && kind != Kind.CARE_LEAVER && !dob.plusYears(16).isAfter(end) && r.nextDouble() < 0.03) {
      LocalDate from = max(max(dob.plusYears(15), start.minusYears(1)), periodStart);
      LocalDate to = min(h.periodEnd().orElse(end), end).minusDays(1);
      // Rule 625: not after the DEC of the latest ceased episode in either year's return, so not after the first DEC.
      for (Ep e : h.episodes) {
        if (e.end() != null && e.end().isBefore(to)) {
          to = e.end();
          break;
        }
      }
      if (from.isBefore(to)) {
        h.motherChildDob = dateBetween(r, from, to);
      }
    }
    h.drawRecords(r);
    return h;
  }

  /** Moves a start that falls within three days of 1 April of the year or the year before, so "12 months at 31 March" is never a matter of a day. */
  private static LocalDate awayFromYearStarts(LocalDate date, CollectionYear year) {
    for (LocalDate s : List.of(year.ssda903Start(), year.ssda903Start().minusYears(1))) {
      long d = ChronoUnit.DAYS.between(s, date);
      if (Math.abs(d) <= 3) {
        return s.plusDays(d < 0 ? -7 : 7);
      }
    }
    return date;
  }

  private static int between(SplittableRandom r, int from, int to) {
    return r.nextInt(from, to + 1);
  }

  private static LocalDate dateBetween(SplittableRandom r, LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A UPN unique to the child in the return: check letter, LA code, then nine digits from the index. */
  private static Upn upn(Optional<LaCode> la, int index) {
    String laDigits = la.map(LaCode::value).filter(ChildHistory::isThreeDigits).orElse("999");
    long serial = Math.floorMod(index * 7919L + 123_456_789L, 1_000_000_000L);
    String digits = Long.toString(serial);
    String rest = laDigits + "000000000".substring(digits.length()) + digits;
    char check = Upn.expectedCheckLetter("?" + rest).orElseThrow();
    return Upn.of(check + rest);
  }

  private static boolean isThreeDigits(String v) {
    return v.length() == 3 && Character.isDigit(v.charAt(0)) && Character.isDigit(v.charAt(1)) && Character.isDigit(v.charAt(2));
  }

  private static Urn urn(SplittableRandom r) {
    return Urn.of("SC" + (100_000 + r.nextInt(900_000)));
  }

  /** A postcode from the list unlike {@code not} (and unlike {@code norEither}), where the list has one. */
  private static Postcode otherPostcode(SplittableRandom r, List<Postcode> postcodes, Postcode not) {
    return otherPostcode(r, postcodes, not, null);
  }

  private static Postcode otherPostcode(SplittableRandom r, List<Postcode> postcodes, Postcode not, Postcode norEither) {
    Postcode p = postcodes.get(r.nextInt(postcodes.size()));
    for (int i = 0; i < 32 && (same(p, not) || same(p, norEither)); i++) {
      p = postcodes.get(r.nextInt(postcodes.size()));
    }
    return p;
  }

  private static boolean same(Postcode a, Postcode b) {
    return b != null && a.normalised().equals(b.normalised());
  }

  /** The current placement while episodes are drawn. */
  private record Place(PlacementType type, PlacementProvider provider, Postcode postcode, Urn urn) {}

  private Place place(SplittableRandom r, LocalDate on, LegalStatus ls, Postcode home, List<Postcode> postcodes, Place current) {
    int age = ageOn(on);
    boolean supportedAllowed = !on.isBefore(year.ssda903Start()) && age >= 16;
    PlacementType type;
    double x = r.nextDouble();
    if (uasc) {
      type = supportedAllowed && x < 0.5 ? supportedAccommodation() : PlacementType.U6;
    } else if (age < 10) {
      type = x < 0.06 && ls != LegalStatus.V2 ? PlacementType.P1 : x < 0.09 && age >= 8 ? PlacementType.K2 : FOSTER.draw(r);
    } else if (age < 16) {
      type = x < 0.04 && ls != LegalStatus.V2 ? PlacementType.P1 : x < 0.24 ? PlacementType.K2 : FOSTER.draw(r);
    } else {
      type = x < 0.04 && ls != LegalStatus.V2 ? PlacementType.P1
          : x < 0.22 ? PlacementType.K2
          : x < 0.45 && supportedAllowed ? supportedAccommodation()
          : FOSTER.draw(r);
    }
    type = inYear(PlacementType.CODESET, type, year).orElse(PlacementType.K2);
    if (type == PlacementType.P1) {
      return new Place(type, PlacementProvider.PR0, home, null);
    }
    PlacementProvider provider =
        type.isFoster() || type == PlacementType.Q1 || type == PlacementType.Q2 ? FOSTER_PROVIDER.draw(r)
            : type.isPlacedForAdoption() ? ADOPTION_PROVIDER.draw(r)
            : HOME_PROVIDER.draw(r);
    Postcode postcode = otherPostcode(r, postcodes, home, current == null ? null : current.postcode());
    return new Place(type, provider, postcode, urn(r));
  }

  /** A placement unlike the current one in type, provider, postcode or URN (a move is a change of placement). */
  private Place newPlace(SplittableRandom r, LocalDate on, LegalStatus ls, Postcode home, List<Postcode> postcodes, Place current) {
    for (int i = 0; i < 5; i++) {
      Place p = place(r, on, ls, home, postcodes, current);
      if (!p.equals(current)) {
        return p;
      }
    }
    PlacementType foster = inYear(PlacementType.CODESET, PlacementType.U6, year).orElseThrow();
    return new Place(foster, PlacementProvider.PR1, otherPostcode(r, postcodes, home), urn(r));
  }

  private PlacementType supportedAccommodation() {
    for (PlacementType t : PlacementType.CODESET.validCodes(year)) {
      if (isSupportedAccommodation(t, year)) {
        return t;
      }
    }
    return PlacementType.K2;
  }

  int ageOn(LocalDate date) {
    return (int) ChronoUnit.YEARS.between(dob, date);
  }

  /** The episodes of the one period of care, from its start to its end or the year's end. */
  private void drawPeriod(SplittableRandom r, LocalDate periodStart, List<Postcode> postcodes) {
    LocalDate start = year.ssda903Start();
    LocalDate end = year.ssda903End();
    LocalDate horizon = end.plusDays(1);
    LocalDate eighteenth = dob.plusYears(18);
    CategoryOfNeed need = uasc ? CategoryOfNeed.N8 : NEED.draw(r);
    Postcode home = uasc ? null : postcodes.get(r.nextInt(postcodes.size()));

    // When the period ends (null: goes on past 31 March).
    LocalDate periodEnd = null;
    if (kind == Kind.CARE_LEAVER || eighteenth.isBefore(horizon)) {
      periodEnd = eighteenth;
    } else {
      double chance = kind == Kind.CONTINUING ? NationalFigures.CHANCE_CEASES_CONTINUING : NationalFigures.CHANCE_CEASES_STARTER;
      LocalDate earliest = max(start, periodStart.plusDays(21));
      if (earliest.isBefore(end) && r.nextDouble() < chance) {
        periodEnd = dateBetween(r, earliest, end.minusDays(1));
      }
    }

    boolean adoptionPath = kind != Kind.CARE_LEAVER && !uasc && ageOn(max(periodStart, start)) < 5
        && r.nextDouble() < NationalFigures.CHANCE_ADOPTION_PATH_UNDER_5;
    if (adoptionPath && drawAdoptionPath(r, periodStart, need, home, postcodes)) {
      return;
    }

    LocalDate stop = periodEnd == null ? horizon : periodEnd;
    LegalStatus ls = uasc ? LegalStatus.V2 : r.nextDouble() < 0.55 ? LegalStatus.C1 : LegalStatus.V2;
    LocalDate t = periodStart;
    Place place = place(r, t, ls, home, postcodes, null);
    ReasonNewEpisode rne = ReasonNewEpisode.S;
    LocalDate nextLegal = ls == LegalStatus.C1 ? t.plusDays(between(r, 90, 360))
        : ls == LegalStatus.V2 && !uasc && r.nextDouble() < 0.3 ? t.plusDays(between(r, 30, 300)) : null;
    LocalDate nextMove = t.plusDays(between(r, 90, 1100));
    while (true) {
      LocalDate next = nextLegal == null ? nextMove : min(nextLegal, nextMove);
      if (!next.isBefore(stop) || ChronoUnit.DAYS.between(next, stop) < 14 && periodEnd != null) {
        break;
      }
      boolean legalChange = nextLegal != null && !nextLegal.isAfter(next);
      boolean move = !legalChange || r.nextDouble() < 0.1;
      LegalStatus nextLs = legalChange ? (ls == LegalStatus.C1 ? LegalStatus.C2 : LegalStatus.C1) : ls;
      Place nextPlace = move ? newPlace(r, next, nextLs, home, postcodes, place) : place;
      ReasonNewEpisode nextRne = move && legalChange ? ReasonNewEpisode.B : move ? ReasonNewEpisode.P : ReasonNewEpisode.L;
      episodes.add(new Ep(t, next, rne, ls, need, place.type(), place.provider(), place.postcode(), place.urn(),
          ReasonEpisodeCeased.X1, move ? PLACE_CHANGE.draw(r) : null, home));
      if (legalChange) {
        nextLegal = nextLs == LegalStatus.C1 ? next.plusDays(between(r, 90, 360)) : null;
      }
      if (move || !nextMove.isAfter(next)) {
        nextMove = next.plusDays(between(r, 90, 1100));
      }
      t = next;
      ls = nextLs;
      place = nextPlace;
      rne = nextRne;
    }
    ReasonEpisodeCeased rec = periodEnd == null ? null : leaving(r, periodEnd, place.type());
    episodes.add(new Ep(t, periodEnd, rne, ls, need, place.type(), place.provider(), place.postcode(), place.urn(), rec, null, home));
  }

  private ReasonEpisodeCeased leaving(SplittableRandom r, LocalDate on, PlacementType type) {
    ReasonEpisodeCeased rec;
    if (!on.isBefore(dob.plusYears(18))) {
      boolean foster = type.isFoster() || type == PlacementType.Q1 || type == PlacementType.Q2;
      rec = foster && r.nextDouble() < 0.5 ? ReasonEpisodeCeased.E17 : r.nextDouble() < 0.6 ? ReasonEpisodeCeased.E5 : ReasonEpisodeCeased.E8;
    } else if ((type.isFoster() || type == PlacementType.Q1 || type == PlacementType.Q2) && r.nextDouble() < 0.12) {
      rec = SPECIAL_GUARDIANSHIP_BY_FOSTER_CARERS.draw(r);
    } else {
      rec = LEAVING_UNDER_18.draw(r);
      if (type == PlacementType.P1 && rec == ReasonEpisodeCeased.E3) {
        rec = ReasonEpisodeCeased.E4A;
      }
    }
    return inYear(ReasonEpisodeCeased.CODESET, rec, year).orElse(ReasonEpisodeCeased.E8);
  }

  /**
   * Interim care order in foster care, full care order, placement order (the decision that the child
   * should be placed for adoption shortly before), placed for adoption with adopters (A6), adopted.
   * Returns false (drawing nothing) where the child is too young for the steps to fit.
   */
  private boolean drawAdoptionPath(SplittableRandom r, LocalDate periodStart, CategoryOfNeed need, Postcode home, List<Postcode> postcodes) {
    LocalDate start = year.ssda903Start();
    LocalDate end = year.ssda903End();
    boolean adopted = r.nextDouble() < 0.6;
    LocalDate adoptedOn = adopted ? dateBetween(r, start.plusDays(7), end.minusDays(1)) : end.plusDays(between(r, 20, 300));
    LocalDate placedOn = adoptedOn.minusDays(between(r, 70, 300));
    LocalDate orderOn = placedOn.minusDays(between(r, 30, 180));
    LocalDate decision = orderOn.minusDays(between(r, 14, 120));
    LocalDate fullOrderOn = decision.minusDays(between(r, 0, 120));
    if (ChronoUnit.DAYS.between(dob, fullOrderOn) < 30 || !placedOn.isBefore(end.plusDays(1))) {
      return false;
    }
    LocalDate ps = awayFromYearStarts(min(periodStart, fullOrderOn.minusDays(between(r, 30, 200))), year);
    if (ps.isBefore(dob) || ps.isBefore(EARLIEST_PERIOD_START) || !ps.isBefore(fullOrderOn)) {
      return false;
    }
    if (kind == Kind.STARTER && ps.isBefore(start) || kind == Kind.CONTINUING && !ps.isBefore(start)) {
      return false;
    }
    PlacementType foster = inYear(PlacementType.CODESET, PlacementType.U6, year).orElseThrow();
    PlacementProvider fosterProvider = FOSTER_PROVIDER.draw(r);
    Postcode fosterPostcode = otherPostcode(r, postcodes, home);
    Urn fosterUrn = urn(r);
    ReasonPlacementChange toAdopters = ReasonPlacementChange.CARPL;
    episodes.add(new Ep(ps, fullOrderOn, ReasonNewEpisode.S, LegalStatus.C1, need, foster, fosterProvider, fosterPostcode, fosterUrn,
        ReasonEpisodeCeased.X1, null, home));
    episodes.add(new Ep(fullOrderOn, orderOn, ReasonNewEpisode.L, LegalStatus.C2, need, foster, fosterProvider, fosterPostcode, fosterUrn,
        ReasonEpisodeCeased.X1, null, home));
    episodes.add(new Ep(orderOn, placedOn, ReasonNewEpisode.L, LegalStatus.E1, need, foster, fosterProvider, fosterPostcode, fosterUrn,
        ReasonEpisodeCeased.X1, toAdopters, home));
    ReasonEpisodeCeased rec = adopted ? (r.nextDouble() < 0.7 ? ReasonEpisodeCeased.E11 : ReasonEpisodeCeased.E12) : null;
    episodes.add(new Ep(placedOn, adopted ? adoptedOn : null, ReasonNewEpisode.P, LegalStatus.E1, need, PlacementType.A6,
        ADOPTION_PROVIDER.draw(r), otherPostcode(r, postcodes, home), urn(r), rec, null, home));
    LocalDate matched = dateBetween(r, max(decision, placedOn.minusDays(60)), placedOn.minusDays(1));
    boolean two = r.nextDouble() < 0.85;
    NumberOfAdopters number = two ? NumberOfAdopters.TWO : NumberOfAdopters.ONE;
    AdopterSex sex;
    AdopterLegalStatus legal;
    if (!two) {
      sex = r.nextDouble() < 0.85 ? AdopterSex.F1 : AdopterSex.M1;
      legal = AdopterLegalStatus.L0;
    } else if (r.nextDouble() < 0.85) {
      sex = AdopterSex.MF;
      legal = r.nextDouble() < 0.8 && AdopterLegalStatus.L11.isValidIn(year) ? AdopterLegalStatus.L11 : AdopterLegalStatus.L3;
    } else {
      sex = r.nextBoolean() ? AdopterSex.MM : AdopterSex.FF;
      double y = r.nextDouble();
      legal = y < 0.4 && AdopterLegalStatus.L12.isValidIn(year) ? AdopterLegalStatus.L12 : y < 0.7 ? AdopterLegalStatus.L2 : AdopterLegalStatus.L4;
    }
    adoption = new AdoptionPlan(decision, matched, adopted, number, sex, legal);
    return true;
  }

  /** Reviews, missing episodes, social-worker episodes, previous permanence, DoLo and the care leaver's checkpoint. */
  private void drawRecords(SplittableRandom r) {
    LocalDate start = year.ssda903Start();
    LocalDate end = year.ssda903End();
    LocalDate previousStart = start.minusYears(1);
    LocalDate periodEnd = periodEnd().orElse(end.plusDays(1));
    Ep first = episodes.get(0);
    LocalDate ps = first.start();

    // Reviews: within 20 working days, then three months later, then every six months.
    LocalDate review = ps.plusDays(between(r, 14, 27));
    int n = 0;
    while (review.isBefore(periodEnd) && !review.isAfter(end)) {
      if (!review.isBefore(previousStart)) {
        reviews.add(review);
      }
      review = n == 0 ? review.plusMonths(3).plusDays(between(r, -5, 5)) : review.plusMonths(6).plusDays(between(r, -10, 0));
      n++;
    }

    // Missing and away episodes, each within one episode and one collection year.
    if (kind != Kind.CARE_LEAVER && ageOn(start) >= 11 && r.nextDouble() < NationalFigures.CHANCE_MISSING_AGED_11_PLUS) {
      int count = between(r, 1, 5);
      for (Ep e : episodes) {
        LocalDate from = max(e.start().plusDays(1), start);
        LocalDate to = min(e.end() == null ? end : e.end().minusDays(5), end.minusDays(5));
        LocalDate t = from;
        while (count > 0 && t.isBefore(to)) {
          LocalDate s = t.plusDays(between(r, 5, 120));
          LocalDate f = s.plusDays(between(r, 0, 3));
          if (!f.isBefore(to)) {
            break;
          }
          missing.add(new Missing(r.nextDouble() < 0.65 ? MissingType.M : MissingType.A, s, f));
          count--;
          t = f.plusDays(1);
        }
      }
    }

    // Social-worker episodes, one after another from before the previous year to past this one.
    if (kind != Kind.CARE_LEAVER) {
      // From the start of the period of care: an episode starting care is accounted for by social worker
      // episodes begun on or after it (SW12STG2).
      LocalDate t = max(max(dob, ps), previousStart.minusDays(between(r, 0, 400)));
      LocalDate horizon = end.plusDays(1);
      while (t.isBefore(horizon)) {
        LocalDate f = t.plusDays(between(r, 60, 700));
        if (f.getMonthValue() == 3 && f.getDayOfMonth() >= 26) {
          // Not in the last five days before 31 March, where SW11bSTG2 asks for the episode after it.
          f = f.plusDays(7);
        }
        String worker = "SW" + (10_000 + r.nextInt(90_000));
        socialWorkers.add(new SocialWorker(worker, t, f, SOCIAL_WORKER_CHANGE.draw(r)));
        t = f;
      }
    }

    // Previous permanence, for children starting to be looked after (from 1 April 2016).
    if (!ps.isBefore(PREVIOUS_PERMANENCE_FROM)) {
      PreviousPermanenceOption option = PERMANENCE.draw(r);
      LocalDate date = null;
      if (option != PreviousPermanenceOption.Z1) {
        // Rule 630: an option other than Z1 needs the date of the order and the LA that arranged it.
        LocalDate from = dob.plusDays(60);
        if (la.isPresent() && from.isBefore(ps.minusDays(30))) {
          date = dateBetween(r, from, ps.minusDays(30));
        } else {
          option = PreviousPermanenceOption.Z1;
        }
      }
      permanence = new Permanence(option, date);
    }

    // A deprivation of liberty order, for some children in children's homes (collected from 2026-27).
    if (Ssda903Table.DOLO.collected().contains(year) && ageOn(start) >= 13) {
      for (Ep e : episodes) {
        if (e.type() == PlacementType.K2 && r.nextDouble() < 0.08) {
          LocalDate from = max(e.start().plusDays(1), start);
          LocalDate to = e.end() == null ? end : min(e.end().minusDays(1), end);
          if (from.isBefore(to)) {
            LocalDate s = dateBetween(r, from, to);
            LocalDate f = s.plusDays(between(r, 30, 200));
            dolo = new Dolo(s, f.isAfter(to) ? (e.end() == null ? null : to) : f);
          }
          break;
        }
      }
    }

    if (kind == Kind.CARE_LEAVER) {
      double x = r.nextDouble();
      checkpoint = x < 0.88 ? new LeaverCheckpoint(InTouch.YES, inYear(CareLeaverActivity.CODESET, ACTIVITY_AT_19.draw(r), year).orElse(CareLeaverActivity.G5),
              inYear(CareLeaverAccommodation.CODESET, ACCOMMODATION_AT_19.draw(r), year).orElse(CareLeaverAccommodation.U1))
          : x < 0.95 ? new LeaverCheckpoint(InTouch.NO, CareLeaverActivity.NOT_IN_TOUCH, CareLeaverAccommodation.NOT_IN_TOUCH)
          : x < 0.98 ? new LeaverCheckpoint(InTouch.REFU, CareLeaverActivity.NOT_IN_TOUCH, CareLeaverAccommodation.NOT_IN_TOUCH)
          : new LeaverCheckpoint(InTouch.RHOM, CareLeaverActivity.NOT_IN_TOUCH, CareLeaverAccommodation.NOT_IN_TOUCH);
    }
  }

  private Optional<LocalDate> periodEnd() {
    return Optional.ofNullable(episodes.get(episodes.size() - 1).end());
  }

  // ------------------------------------------------------------------ codes across years

  /**
   * The code as the codesets of {@code year} have it: itself where valid; else the code a crosswalk
   * leads to, or the code whose crosswalk leads to it (for an earlier year).
   */
  static <C extends Enum<C> & Code> Optional<C> inYear(Codeset<C> codeset, C code, CollectionYear year) {
    if (code.isValidIn(year)) {
      return Optional.of(code);
    }
    for (Crosswalk<C> walk : codeset.crosswalksFrom(code)) {
      for (C to : walk.to()) {
        if (to.isValidIn(year)) {
          return Optional.of(to);
        }
      }
    }
    for (C other : codeset.codes()) {
      if (other.isValidIn(year)) {
        for (Crosswalk<C> walk : codeset.crosswalksFrom(other)) {
          if (walk.to().contains(code)) {
            return Optional.of(other);
          }
        }
      }
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ the history as a return records it

  /**
   * The child as the return of {@code z} (this history's year or the one before) records it, or empty
   * where the child is not in that return.
   */
  Optional<Child> inYear(CollectionYear z) {
    LocalDate start = z.ssda903Start();
    LocalDate end = z.ssda903End();
    List<Episode> shown = new ArrayList<>();
    boolean urnCollected = z.isEqualOrNewerThan(CollectionYear.Y2015_16);
    for (Ep e : episodes) {
      if (e.start().isAfter(end) || e.end() != null && e.end().isBefore(start)) {
        continue;
      }
      boolean ceased = e.end() != null && !e.end().isAfter(end);
      PlacementType type = placementIn(e.type(), z);
      ImmutableEpisode.Builder b =
          Episode.builder()
              .start(e.start())
              .reasonNewEpisode(inYear(ReasonNewEpisode.CODESET, e.rne(), z).orElse(e.rne()))
              .legalStatus(e.legalStatus())
              .categoryOfNeed(e.need())
              .placement(
                  Placement.builder()
                      .type(type)
                      .provider(e.provider())
                      .postcode(Optional.ofNullable(e.placementPostcode()))
                      .urn(urnCollected && !takesNoUrn(type, z) ? Optional.ofNullable(e.urn()) : Optional.empty())
                      .build())
              .homePostcode(Optional.ofNullable(e.home()));
      if (ceased) {
        b.end(e.end()).reasonCeased(inYear(ReasonEpisodeCeased.CODESET, e.rec(), z).orElse(ReasonEpisodeCeased.E8));
        if (urnCollected && e.placeChange() != null) {
          b.reasonPlaceChange(e.placeChange());
        }
      }
      shown.add(b.build());
    }
    boolean leaverCheckpoint = checkpoint != null && shown.isEmpty() && z == year;
    if (shown.isEmpty() && !leaverCheckpoint) {
      return Optional.empty();
    }
    SplittableRandom r = new SplittableRandom(seed ^ (0x5DEECE66DL * (z.ordinal() + 1)));
    Sex sex = sexIn(z);
    ImmutableChild.Builder c =
        Child.builder()
            .childId(id)
            .sex(sex)
            .dob(dob)
            .ethnicity(ethnicity)
            .upn(upn)
            .episodes(shown);
    LocalDate lookedAfterUntil = periodEnd().orElse(end.plusDays(1));
    boolean inCareAtEnd = lookedAfterUntil.isAfter(end);
    if (leaverCheckpoint) {
      c.uascFlag(UascFlag.NO);
      c.addCareLeaverCheckpoints(
          CareLeaverCheckpoint.builder().inTouch(checkpoint.inTouch()).activity(checkpoint.activity()).accommodation(checkpoint.accommodation()).build());
      return Optional.of(c.build());
    }
    if (!male) {
      boolean mother = motherChildDob != null && !motherChildDob.isAfter(end);
      c.motherStatus(mother ? MotherStatus.IS_A_MOTHER : MotherStatus.NOT_A_MOTHER);
      if (mother) {
        c.motherChildDob(motherChildDob);
      }
    }
    if (uasc) {
      LocalDate eighteenth = dob.plusYears(18);
      c.uascFlag(UascFlag.YES);
      // Rule 205B: a child UASC in both years has the 18th birthday as DUC in both years, even where it is
      // still to come (as local authorities record it).
      c.addUasc(Uasc.builder().ceasedDate(eighteenth).build());
    } else {
      c.uascFlag(UascFlag.NO);
    }
    for (LocalDate d : reviews) {
      if (!d.isBefore(start) && !d.isAfter(end)) {
        c.addReviews(Review.builder().date(d).participation(ageOn(d) < 4 ? ReviewParticipation.PN0 : PARTICIPATION.draw(r)).build());
      }
    }
    if (Ssda903Table.MISSING.collected().contains(z)) {
      for (Missing m : missing) {
        if (!m.start().isBefore(start) && !m.start().isAfter(end)) {
          c.addMissingEpisodes(MissingEpisode.builder().type(m.type()).start(m.start()).end(m.end()).build());
        }
      }
    }
    if (Ssda903Table.SW_EPISODES.collected().contains(z)) {
      // A child who left care in the year has the social worker episodes begun by then, the last one
      // still open: every episode ending care is then accounted for by episodes begun on or before its
      // DEC (SW12STG2 checks every child, as the reference the DfE's checks are mirrored by does).
      LocalDate lastStart = inCareAtEnd ? end : lookedAfterUntil;
      SocialWorker last = null;
      for (SocialWorker w : socialWorkers) {
        if (!w.start().isAfter(lastStart) && w.end().isAfter(start)) {
          last = w;
        }
      }
      for (SocialWorker w : socialWorkers) {
        if (w.start().isAfter(lastStart) || !w.end().isAfter(start)) {
          continue;
        }
        boolean ended = !(w == last && !inCareAtEnd) && !w.end().isAfter(end);
        c.addSocialWorkerEpisodes(
            SocialWorkerEpisode.builder()
                .socialWorkerId(w.id())
                .start(w.start())
                .end(ended ? Optional.of(w.end()) : Optional.empty())
                // The DfE asks a reason of every episode begun from 1 April 2023, open ones too (SW01b, SW13).
                .reasonEnded(Optional.of(w.reason()))
                .build());
      }
    }
    LocalDate ps = episodes.get(0).start();
    if (permanence != null && !ps.isBefore(start) && !ps.isAfter(end)) {
      boolean dated = permanence.date() != null;
      c.addPreviousPermanence(
          PreviousPermanence.builder()
              .option(permanence.option())
              .date(Optional.ofNullable(permanence.date()))
              .arrangingLa(dated ? la : Optional.empty())
              .build());
    }
    if (adoption != null && !adoption.decision().isAfter(end)) {
      c.addPlacedForAdoption(PlacedForAdoption.builder().decisionDate(adoption.decision()).build());
      Ep last = episodes.get(episodes.size() - 1);
      if (adoption.adopted() && last.end() != null && !last.end().isBefore(start) && !last.end().isAfter(end)) {
        c.addAdoptions(
            Adoption.builder()
                .decisionDate(adoption.decision())
                .matchedDate(adoption.matched())
                .adoptedByFosterCarer(AdoptedByFosterCarer.NO)
                .numberOfAdopters(adoption.number())
                .adopterSex(adoption.sex())
                .adopterLegalStatus(inYear(AdopterLegalStatus.CODESET, adoption.legalStatus(), z).orElse(AdopterLegalStatus.L3))
                .build());
      }
    }
    if (dolo != null && Ssda903Table.DOLO.collected().contains(z) && !dolo.start().isAfter(end)) {
      c.addDeprivationsOfLiberty(DeprivationOfLiberty.builder().start(dolo.start()).end(Optional.ofNullable(dolo.end())).build());
    }
    // OC2: looked after continuously for 12 months at 31 March, as the DfE's rules define it: no
    // period of care starting after 1 April, none ending in the year before 31 March (a period ending
    // on 31 March itself keeps the 12 months, as rules 185-198 judge it).
    if (!ps.isAfter(start) && !lookedAfterUntil.isBefore(end)) {
      c.addHealthOutcomes(healthOutcomes(r, z));
    }
    return Optional.of(c.build());
  }

  /** The child's sex as the codes of {@code z} have it (gender 1/2 to 2023-24, sex M/F from 2024-25). */
  private Sex sexIn(CollectionYear z) {
    Sex drawn = male ? Sex.M : Sex.F;
    return inYear(Sex.CODESET, drawn, z).orElse(drawn);
  }

  private PlacementType placementIn(PlacementType type, CollectionYear z) {
    if (type.isValidIn(z)) {
      return type;
    }
    if (isSupportedAccommodation(type, year)) {
      for (PlacementType t : PlacementType.CODESET.validCodes(z)) {
        if (isSupportedAccommodation(t, z)) {
          return t;
        }
      }
    }
    return inYear(PlacementType.CODESET, type, z).orElse(type);
  }

  private static Oc2Flag flag(SplittableRandom r, double yes) {
    return r.nextDouble() < yes ? Oc2Flag.YES : Oc2Flag.NO;
  }

  /** OC2 for a child looked after continuously for at least 12 months at 31 March of {@code z}. */
  private HealthOutcomes healthOutcomes(SplittableRandom r, CollectionYear z) {
    // "At the start of the year" as of 31 March before: a 17th birthday on 1 April still asks for an SDQ (197B).
    int ageAtStart = ageOn(z.ssda903Start().minusDays(1));
    int ageAtEnd = ageOn(z.ssda903End());
    ImmutableHealthOutcomes.Builder b = HealthOutcomes.builder();
    if (ageAtEnd >= 4 && ageAtStart <= 16) {
      if (r.nextDouble() < 0.8) {
        b.sdqScore(Math.min(40, Math.max(0, (int) Math.round(14 + 7 * r.nextGaussian()))));
      } else {
        double x = r.nextDouble();
        b.sdqReason(x < 0.4 ? SdqReason.SDQ2 : x < 0.7 ? SdqReason.SDQ5 : SdqReason.SDQ4);
      }
    }
    if (ageAtEnd >= 10) {
      b.convicted(flag(r, 0.03));
    }
    if (ageAtEnd < 5) {
      b.healthCheck(flag(r, 0.88));
    }
    b.immunisations(flag(r, 0.8)).teethCheck(flag(r, 0.75)).healthAssessment(flag(r, 0.9));
    boolean misuse = ageAtEnd >= 11 && r.nextDouble() < 0.04;
    b.substanceMisuse(misuse ? Oc2Flag.YES : Oc2Flag.NO);
    if (misuse) {
      boolean received = r.nextDouble() < 0.6;
      b.interventionReceived(received ? Oc2Flag.YES : Oc2Flag.NO);
      if (!received) {
        b.interventionOffered(flag(r, 0.5));
      }
    }
    return b.build();
  }

  /**
   * Supported accommodation for older children in the year: semi-independent living H5 to 2023-24,
   * registered supported accommodation K3 from 2024-25 (the generator's own grouping; the rules keep
   * theirs in validation's PlacementGroupings).
   */
  private static boolean isSupportedAccommodation(PlacementType t, CollectionYear y) {
    return y.isEqualOrNewerThan(CollectionYear.Y2024_25) ? t == PlacementType.K3 : t == PlacementType.H5;
  }

  /**
   * Whether a generated placement of the type should carry no URN in the year (as rule 222 defines
   * it each year): placements Ofsted does not register, plus P2 to 2023-24 and H5 in 2022-23.
   */
  private static boolean takesNoUrn(PlacementType t, CollectionYear y) {
    boolean notRegistered = t == PlacementType.P1 || t == PlacementType.P3 || t == PlacementType.R1
        || t == PlacementType.R2 || t == PlacementType.R5 || t.isTemporary() || t.isOtherPlacement();
    return notRegistered
        || (t == PlacementType.P2 && !y.isEqualOrNewerThan(CollectionYear.Y2024_25))
        || (t == PlacementType.H5 && !y.isEqualOrNewerThan(CollectionYear.Y2023_24));
  }
}
