package io.github.cscreturns.synthetic.ssda903;

import io.github.cscreturns.core.ssda903.*;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
import io.github.cscreturns.codesets.CollectionYear;
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
import io.github.cscreturns.codesets.ssda903.ReasonPlacedForAdoptionCeased;
import io.github.cscreturns.codesets.ssda903.ReasonPlacementChange;
import io.github.cscreturns.codesets.ssda903.ReviewParticipation;
import io.github.cscreturns.codesets.ssda903.SdqReason;
import io.github.cscreturns.codesets.ssda903.Sex;
import io.github.cscreturns.codesets.ssda903.SocialWorkerChangeReason;
import io.github.cscreturns.codesets.ssda903.UascFlag;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.SourceLocation;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Seeded samples of the SSDA903 model, valid and deliberately broken, for property tests of code that
 * reads, writes or checks returns (round trips, robustness): every method draws from the {@link
 * SplittableRandom} it is given, so the same seed gives the same children. Unlike {@link
 * Ssda903Generator}, whose returns are realistic and valid under the rules, these range over what a
 * file may hold, including what no rule allows.
 *
 * <p>What they draw:
 *
 * <ul>
 *   <li>{@link #validChild(CollectionYear, SplittableRandom)}: a realistic child of a collection
 *       year. Each has a care history up to 31 March of the year: one to three periods of care, each
 *       a run of one to four episodes joined by REC X1 and starting with RNE S, separated by gaps; an
 *       episode still open at 31 March has no DEC or REC; a child reaching 18 leaves care on the
 *       birthday. Every code is valid in the year; identifiers are well formed (UPNs with a correct
 *       check letter or an unknown-reason code); at most one record in the tables UASC, OC2, OC3 and
 *       AD1; tables only of years in which they are collected (Missing from 2014-15, SWEpisodes from
 *       2023-24, DoLo from 2026-27). Records carry a source location about a third of the time.
 *   <li>{@link #invalidChild(CollectionYear, SplittableRandom)}: the same children, then broken: in
 *       every table (records are added where a table is empty) some fields hold raw text that does
 *       not parse ({@code unparsed()}, with the typed field empty), and the episodes are scrambled
 *       (ceasing before they start, missing start dates, overlaps, duplicates, codes not valid in the
 *       year); UPNs and child IDs malformed; free text awkward ({@link #AWKWARD_TEXT}); records with
 *       a DOB (UASC: a sex) unlike the header's; a second record in UASC, OC2, OC3 or AD1.
 * </ul>
 *
 * <p>Guarantees that format round trips can rely on, for both kinds: all dates lie between 1900 and
 * 2100; a field is never both typed and unparsed; unparsed text is never blank and never parses
 * into its type (it may hold commas, quotes, line breaks, markup, non-ASCII letters or a leading
 * space); child IDs are never blank; the record-level {@code dob()} (the DOB repeated on CSV rows)
 * and a UASC record's own {@code sex()} are empty on valid children. Invalid children may break the
 * one-record tables' limit and give records a DOB (or a UASC record a sex) unlike the header's, which
 * the XML cannot hold: serialization's tests map children onto what a format can hold.
 */
public final class ChildSamples {
  private ChildSamples() {}

  /** Raw text that no date field parses: impossible dates, partial dates, words. */
  public static final List<String> UNPARSABLE_DATES =
      List.of(
          "31/02/2020", "99/99/9999", "zz/05/2010", "not known", "2019-13-40", "00/00/0000", "2020-01-05",
          "1/2/20", " 01/02/2020", "29/02/2023", "next week");

  /** Raw text that no code field parses. */
  public static final List<String> UNPARSABLE_CODES =
      List.of(
          "ZZ9", "??", "x9", "n/a, unknown", "A&B", " U1", "Q9", "say \"hi\"", "two\nlines", "cr\r\nlf", " pad",
          "&<>", "é£", "0 1");

  /** Raw text that does not parse as an integer (SDQ_SCORE). */
  public static final List<String> UNPARSABLE_INTEGERS = List.of("twelve", "12.5", "1 2", "-", "99999999999", "--1");

  /**
   * Awkward text for free-text fields (UPN, postcodes, URN, LA code, social worker ID) of invalid
   * children: separators, quotes, line breaks, markup, non-ASCII, surrounding spaces.
   */
  public static final List<String> AWKWARD_TEXT =
      List.of("A,B", "say \"hi\"", "two\nlines", "cr\r\nlf", " pad ", "&<>", "<x/>", "é£", "'q'");

  // ------------------------------------------------------------------ drawing

  /**
   * One of the values, uniformly.
   *
   * @param <T> the type of the values
   * @param values the values
   * @param random the source of randomness
   * @return one of the values, uniformly
   */
  public static <T> T pick(List<T> values, SplittableRandom random) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * A value with probability {@code present}, else empty.
   *
   * @param <T> the type of the values
   * @param present the present
   * @param random the source of randomness
   * @param value the value
   * @return a value with probability {@code present}, else empty
   */
  public static <T> Optional<T> maybe(double present, SplittableRandom random, Supplier<T> value) {
    return random.nextDouble() < present ? Optional.of(value.get()) : Optional.empty();
  }

  /**
   * From {@code from} to {@code to}, both included.
   *
   * @param from the first of the range
   * @param to the last of the range
   * @param random the source of randomness
   * @return from {@code from} to {@code to}, both included
   */
  public static int between(int from, int to, SplittableRandom random) {
    return random.nextInt(from, to + 1);
  }

  /**
   * {@code n} decimal digits.
   *
   * @param n the n
   * @param random the source of randomness
   * @return {@code n} decimal digits
   */
  public static String digits(int n, SplittableRandom random) {
    char[] d = new char[n];
    for (int i = 0; i < n; i++) {
      d[i] = (char) ('0' + random.nextInt(10));
    }
    return new String(d);
  }

  /** Up to {@code max} values (uniform count). */
  private static <T> List<T> upTo(int max, SplittableRandom random, Supplier<T> value) {
    int n = random.nextInt(max + 1);
    List<T> values = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      values.add(value.get());
    }
    return values;
  }

  // ------------------------------------------------------------------ children

  /**
   * Any modelled collection year.
   *
   * @param random the source of randomness
   * @return any modelled collection year
   */
  public static CollectionYear year(SplittableRandom random) {
    return pick(List.of(CollectionYear.values()), random);
  }

  /**
   * A valid or invalid child of any year, about half of each.
   *
   * @param random the source of randomness
   * @return a valid or invalid child of any year, about half of each
   */
  public static Child child(SplittableRandom random) {
    return child(year(random), random);
  }

  /**
   * A valid or invalid child of the year, about half of each.
   *
   * @param year the collection year
   * @param random the source of randomness
   * @return a valid or invalid child of the year, about half of each
   */
  public static Child child(CollectionYear year, SplittableRandom random) {
    return random.nextBoolean() ? validChild(year, random) : invalidChild(year, random);
  }

  /**
   * A realistic valid child of any year.
   *
   * @param random the source of randomness
   * @return a realistic valid child of any year
   */
  public static Child validChild(SplittableRandom random) {
    return validChild(year(random), random);
  }

  /**
   * A child of the year with unparsed text in every table and scrambled episodes.
   *
   * @param year the collection year
   * @param random the source of randomness
   * @return a child of the year with unparsed text in every table and scrambled episodes
   */
  public static Child invalidChild(CollectionYear year, SplittableRandom random) {
    return corrupt(validChild(year, random), year, random);
  }

  /**
   * Up to {@code size} valid and invalid children of the year with distinct IDs.
   *
   * @param year the collection year
   * @param size the number of children
   * @param random the source of randomness
   * @return up to {@code size} valid and invalid children of the year with distinct IDs
   */
  public static List<Child> children(CollectionYear year, int size, SplittableRandom random) {
    List<Child> children = new ArrayList<>();
    Set<ChildId> ids = new HashSet<>();
    for (int i = 0; i < size; i++) {
      Child c = child(year, random);
      if (ids.add(c.childId())) {
        children.add(c);
      }
    }
    return children;
  }

  /**
   * A return of the year: a local authority (mostly) and up to {@code size} children, valid and invalid, with distinct IDs.
   *
   * @param year the collection year
   * @param size the number of children
   * @param random the source of randomness
   * @return a return of the year
   */
  public static Ssda903Return aReturn(CollectionYear year, int size, SplittableRandom random) {
    Optional<LaCode> la = maybe(0.8, random, () -> laCode(random));
    return Ssda903Return.builder().year(year).la(la).children(children(year, size, random)).build();
  }

  /**
   * A return of any year with up to {@code size} children.
   *
   * @param size the number of children
   * @param random the source of randomness
   * @return a return of any year with up to {@code size} children
   */
  public static Ssda903Return aReturn(int size, SplittableRandom random) {
    return aReturn(year(random), size, random);
  }

  // ------------------------------------------------------------------ identifiers

  private static final String UPPER_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /**
   * A child ID as LAs write them: short, well formed.
   *
   * @param random the source of randomness
   * @return a child ID as LAs write them
   */
  public static ChildId childId(SplittableRandom random) {
    int n = between(1, 10, random);
    if (random.nextBoolean()) {
      return ChildId.of(digits(n, random));
    }
    char[] id = new char[n];
    for (int i = 0; i < n; i++) {
      id[i] = UPPER_AND_DIGITS.charAt(random.nextInt(UPPER_AND_DIGITS.length()));
    }
    return ChildId.of(new String(id));
  }

  /**
   * A UPN with a correct check letter (some temporary), or an unknown-reason code UN1 to UN5.
   *
   * @param random the source of randomness
   * @return a UPN with a correct check letter (some temporary), or an unknown-reason code UN1 to
   *     UN5
   */
  public static Upn upn(SplittableRandom random) {
    if (random.nextInt(6) == 0) {
      return Upn.of("UN" + between(1, 5, random));
    }
    String last = random.nextInt(5) < 4 ? digits(1, random) : pick(List.of("A", "B", "C", "H", "K", "Z"), random);
    String rest = digits(11, random) + last;
    char check = Upn.expectedCheckLetter("?" + rest).orElseThrow();
    return Upn.of(check + rest);
  }

  private static final List<String> AREAS = List.of("SW", "E", "N", "M", "B", "CF", "EH", "BT", "LS", "NE", "G", "W");
  private static final List<String> DISTRICTS = List.of("1", "2", "9", "10", "15", "1A", "1W");
  private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";

  /**
   * A well-formed postcode of England, Wales, Scotland or Northern Ireland, full or partial.
   *
   * @param random the source of randomness
   * @return a well-formed postcode of England, Wales, Scotland or Northern Ireland, full or partial
   */
  public static Postcode postcode(SplittableRandom random) {
    String outward = pick(AREAS, random) + pick(DISTRICTS, random);
    String sector = digits(1, random);
    String unit = "" + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length())) + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    return Postcode.of(outward + " " + sector + (random.nextBoolean() ? unit : ""));
  }

  /**
   * An Ofsted URN: "SC" and six digits, six digits, or the "XXXXXXX" placeholder.
   *
   * @param random the source of randomness
   * @return an Ofsted URN
   */
  public static Urn urn(SplittableRandom random) {
    return switch (random.nextInt(3)) {
      case 0 -> Urn.of("SC" + digits(6, random));
      case 1 -> Urn.of(digits(6, random));
      default -> Urn.of(Urn.PLACEHOLDER);
    };
  }

  /**
   * A three-digit LA code.
   *
   * @param random the source of randomness
   * @return a three-digit LA code
   */
  public static LaCode laCode(SplittableRandom random) {
    return LaCode.of(Integer.toString(between(201, 938, random)));
  }

  /**
   * A source location: a CSV line, or an XML line and column with its element path.
   *
   * @param random the source of randomness
   * @return a source location
   */
  public static SourceLocation sourceLocation(SplittableRandom random) {
    if (random.nextBoolean()) {
      return SourceLocation.of(pick(List.of("header.csv", "episodes.csv", "reviews.csv"), random), between(2, 100_000, random));
    }
    return SourceLocation.builder()
        .file("return.xml")
        .line(between(1, 100_000, random))
        .column(between(1, 200, random))
        .elementPath("/Message/Children/Child[" + between(1, 500, random) + "]")
        .build();
  }

  // ------------------------------------------------------------------ valid children

  private static <C extends Enum<C> & Code> C code(Codeset<C> codeset, CollectionYear year, SplittableRandom random) {
    List<C> valid = codeset.validCodes(year);
    // A codeset not yet in force in the year is only drawn from for tables or items of later years.
    return pick(valid.isEmpty() ? codeset.codes() : valid, random);
  }

  private static Optional<SourceLocation> source(SplittableRandom random) {
    return maybe(0.3, random, () -> sourceLocation(random));
  }

  /** A date from {@code from} to {@code to} inclusive ({@code from} if the span is empty). */
  private static LocalDate dateBetween(LocalDate from, LocalDate to, SplittableRandom random) {
    long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return from.plusDays(random.nextLong(span + 1));
  }

  /** One episode's own choices; its dates come from its place in the timeline. */
  private record Draft(
      int days,
      ReasonNewEpisode change,
      LegalStatus legalStatus,
      CategoryOfNeed need,
      Placement placement,
      ReasonEpisodeCeased leaving,
      Optional<ReasonPlacementChange> placeChange,
      Optional<Postcode> home,
      Optional<SourceLocation> source) {}

  private static Draft draft(CollectionYear year, SplittableRandom random) {
    Placement placement =
        Placement.builder()
            .type(code(PlacementType.CODESET, year, random))
            .provider(maybe(0.9, random, () -> code(PlacementProvider.CODESET, year, random)))
            .postcode(maybe(0.8, random, () -> postcode(random)))
            .urn(maybe(0.7, random, () -> urn(random)))
            .build();
    List<ReasonNewEpisode> changes =
        ReasonNewEpisode.CODESET.validCodes(year).stream().filter(r -> r != ReasonNewEpisode.S).toList();
    List<ReasonEpisodeCeased> leaving =
        ReasonEpisodeCeased.CODESET.validCodes(year).stream().filter(r -> r != ReasonEpisodeCeased.X1).toList();
    int days = random.nextInt(4) == 0 ? between(1, 7, random) : between(8, 400, random);
    return new Draft(
        days,
        pick(changes, random),
        code(LegalStatus.CODESET, year, random),
        code(CategoryOfNeed.CODESET, year, random),
        placement,
        pick(leaving, random),
        maybe(0.9, random, () -> code(ReasonPlacementChange.CODESET, year, random)),
        maybe(0.7, random, () -> postcode(random)),
        source(random));
  }

  /**
   * A realistic child of the year, every value valid (see the class description).
   *
   * @param year the collection year
   * @param random the source of randomness
   * @return a realistic child of the year, every value valid (see the class description)
   */
  public static Child validChild(CollectionYear year, SplittableRandom random) {
    // Aged 0 to 21 at 31 March; born within the year before the age-th birthday. Records other than
    // episodes are dated from the latest such date of birth on, so never before the child's birth.
    int age = between(0, 21, random);
    LocalDate latestDob = year.ssda903End().minusYears(age);
    LocalDate dob = latestDob.minusDays(between(0, 364, random));
    List<List<Draft>> plan = new ArrayList<>();
    int periods = between(1, 3, random);
    for (int p = 0; p < periods; p++) {
      List<Draft> period = new ArrayList<>();
      int episodes = between(1, 4, random);
      for (int i = 0; i < episodes; i++) {
        period.add(draft(year, random));
      }
      plan.add(period);
    }
    List<Integer> gaps = List.of(between(1, 730, random), between(1, 730, random), between(1, 730, random));
    int offset = between(0, 4 * 365, random);
    Optional<MotherStatus> mother = maybe(0.5, random, () -> code(MotherStatus.CODESET, year, random));
    Optional<Integer> mcDays = maybe(0.1, random, () -> between(0, 3000, random));
    ImmutableChild.Builder b =
        Child.builder()
            .childId(childId(random))
            .sex(code(Sex.CODESET, year, random))
            .ethnicity(code(Ethnicity.CODESET, year, random))
            .upn(maybe(0.95, random, () -> upn(random)))
            .motherStatus(mother)
            .motherChildDob(mother.filter(m -> m == MotherStatus.IS_A_MOTHER).flatMap(m -> mcDays).map(d -> latestDob.plusYears(12).plusDays(d)))
            .uascFlag(maybe(0.3, random, () -> code(UascFlag.CODESET, year, random)))
            .source(source(random))
            .dob(dob)
            .episodes(timeline(year, dob, plan, gaps, offset));
    otherRecords(b, year, latestDob, random);
    return b.build();
  }

  /** Lays the drafts out in time: periods of consecutive episodes, separated by gaps, cut at 31 March or the 18th birthday. */
  private static List<Episode> timeline(CollectionYear year, LocalDate dob, List<List<Draft>> plan, List<Integer> gaps, int offset) {
    LocalDate eighteenth = dob.plusYears(18);
    LocalDate horizon = year.ssda903End().plusDays(1);
    boolean leavesAtEighteen = eighteenth.isBefore(horizon);
    if (leavesAtEighteen) {
      horizon = eighteenth;
    }
    LocalDate start = year.ssda903Start().minusDays(offset);
    if (start.isBefore(dob)) {
      start = dob;
    }
    List<Episode> episodes = new ArrayList<>();
    for (int p = 0; p < plan.size() && start.isBefore(horizon); p++) {
      List<Draft> period = plan.get(p);
      Placement placement = null;
      for (int i = 0; i < period.size() && start.isBefore(horizon); i++) {
        Draft d = period.get(i);
        ReasonNewEpisode rne = i == 0 ? ReasonNewEpisode.S : d.change();
        placement = rne == ReasonNewEpisode.L && placement != null ? placement : d.placement();
        LocalDate end = start.plusDays(d.days());
        boolean lastOfPeriod = i == period.size() - 1;
        ImmutableEpisode.Builder e =
            Episode.builder()
                .start(start)
                .reasonNewEpisode(rne)
                .legalStatus(d.legalStatus())
                .categoryOfNeed(d.need())
                .placement(placement)
                .homePostcode(d.home())
                .source(d.source());
        boolean open = false;
        if (!end.isBefore(horizon)) {
          if (leavesAtEighteen) {
            end = horizon;
            lastOfPeriod = true;
          } else {
            open = true;
          }
        }
        if (!open) {
          e.end(end).reasonCeased(lastOfPeriod ? d.leaving() : ReasonEpisodeCeased.X1);
          boolean placementChanges = !lastOfPeriod && period.get(i + 1).change() != ReasonNewEpisode.L;
          if (placementChanges && year.isEqualOrNewerThan(CollectionYear.Y2015_16)) {
            e.reasonPlaceChange(d.placeChange());
          }
        }
        episodes.add(e.build());
        if (open) {
          return List.copyOf(episodes);
        }
        start = end;
        if (lastOfPeriod) {
          break;
        }
      }
      start = start.plusDays(gaps.get(p % gaps.size()));
    }
    return List.copyOf(episodes);
  }

  private static Optional<Oc2Flag> flag(CollectionYear year, SplittableRandom random) {
    return maybe(0.9, random, () -> code(Oc2Flag.CODESET, year, random));
  }

  /** Records of the other tables, valid in the year, dated around the year. */
  private static void otherRecords(ImmutableChild.Builder b, CollectionYear year, LocalDate dob, SplittableRandom random) {
    LocalDate from = year.ssda903Start().isBefore(dob) ? dob : year.ssda903Start();
    LocalDate to = year.ssda903End().isBefore(from) ? from : year.ssda903End();
    Supplier<LocalDate> inYear = () -> dateBetween(from, to, random);
    Supplier<LocalDate> earlier = () -> dateBetween(dob, to, random);

    b.addAllReviews(upTo(3, random, () -> Review.builder()
        .date(inYear.get()).participation(code(ReviewParticipation.CODESET, year, random)).source(source(random)).build()));
    b.addAllUasc(upTo(1, random, () -> Uasc.builder()
        .ceasedDate(maybe(0.3, random, inYear)).source(source(random)).build()));
    b.addAllHealthOutcomes(upTo(1, random, () -> {
      Optional<Integer> score = maybe(0.6, random, () -> between(0, 40, random));
      Optional<SdqReason> reason = maybe(0.3, random, () -> code(SdqReason.CODESET, year, random));
      return HealthOutcomes.builder()
          .sdqScore(score)
          .sdqReason(score.isPresent() ? Optional.empty() : reason)
          .convicted(flag(year, random))
          .healthCheck(flag(year, random))
          .immunisations(flag(year, random))
          .teethCheck(flag(year, random))
          .healthAssessment(flag(year, random))
          .substanceMisuse(flag(year, random))
          .interventionReceived(flag(year, random))
          .interventionOffered(flag(year, random))
          .source(source(random))
          .build();
    }));
    b.addAllCareLeaverCheckpoints(upTo(1, random, () -> CareLeaverCheckpoint.builder()
        .inTouch(code(InTouch.CODESET, year, random))
        .activity(code(CareLeaverActivity.CODESET, year, random))
        .accommodation(code(CareLeaverAccommodation.CODESET, year, random))
        .source(source(random))
        .build()));
    b.addAllAdoptions(upTo(1, random, () -> {
      LocalDate d = earlier.get();
      return Adoption.builder()
          .decisionDate(d)
          .matchedDate(d.plusDays(between(0, 300, random)))
          .adoptedByFosterCarer(code(AdoptedByFosterCarer.CODESET, year, random))
          .numberOfAdopters(code(NumberOfAdopters.CODESET, year, random))
          .adopterSex(code(AdopterSex.CODESET, year, random))
          .adopterLegalStatus(code(AdopterLegalStatus.CODESET, year, random))
          .source(source(random))
          .build();
    }));
    b.addAllPlacedForAdoption(upTo(2, random, () -> {
      LocalDate d = earlier.get();
      Optional<Integer> days = maybe(0.4, random, () -> between(1, 400, random));
      ReasonPlacedForAdoptionCeased reason = code(ReasonPlacedForAdoptionCeased.CODESET, year, random);
      return PlacedForAdoption.builder()
          .decisionDate(d)
          .ceasedDate(days.map(d::plusDays))
          .reasonCeased(days.map(x -> reason))
          .source(source(random))
          .build();
    }));
    b.addAllPreviousPermanence(upTo(1, random, () -> PreviousPermanence.builder()
        .option(code(PreviousPermanenceOption.CODESET, year, random))
        .arrangingLa(maybe(0.8, random, () -> laCode(random)))
        .date(maybe(0.8, random, earlier))
        .source(source(random))
        .build()));
    if (Ssda903Table.MISSING.collected().contains(year)) {
      b.addAllMissingEpisodes(upTo(3, random, () -> {
        MissingType type = code(MissingType.CODESET, year, random);
        LocalDate d = inYear.get();
        return MissingEpisode.builder()
            .type(type).start(d).end(maybe(0.9, random, () -> between(0, 30, random)).map(d::plusDays)).source(source(random)).build();
      }));
    }
    if (Ssda903Table.SW_EPISODES.collected().contains(year)) {
      b.addAllSocialWorkerEpisodes(upTo(2, random, () -> {
        String id = "SW" + digits(5, random);
        LocalDate d = inYear.get();
        Optional<Integer> days = maybe(0.6, random, () -> between(1, 300, random));
        SocialWorkerChangeReason reason = code(SocialWorkerChangeReason.CODESET, year, random);
        return SocialWorkerEpisode.builder()
            .socialWorkerId(id)
            .start(d)
            .end(days.map(d::plusDays))
            .reasonEnded(days.map(x -> reason))
            .source(source(random))
            .build();
      }));
    }
    if (Ssda903Table.DOLO.collected().contains(year)) {
      b.addAllDeprivationsOfLiberty(upTo(1, random, () -> {
        LocalDate d = inYear.get();
        return DeprivationOfLiberty.builder()
            .start(d).end(maybe(0.5, random, () -> between(1, 200, random)).map(d::plusDays)).source(source(random)).build();
      }));
    }
  }

  // ------------------------------------------------------------------ invalid children

  private enum Kind {
    DATE,
    CODE,
    INTEGER
  }

  /** A field that can be cleared and replaced by unparsed text under its DfE item name. */
  private record Field<R>(String item, Kind kind, UnaryOperator<R> clear) {}

  private static <R> Field<R> date(String item, UnaryOperator<R> clear) {
    return new Field<>(item, Kind.DATE, clear);
  }

  private static <R> Field<R> code(String item, UnaryOperator<R> clear) {
    return new Field<>(item, Kind.CODE, clear);
  }

  private static String unparsable(Kind kind, SplittableRandom random) {
    List<String> pool =
        switch (kind) {
          case DATE -> UNPARSABLE_DATES;
          case CODE -> UNPARSABLE_CODES;
          case INTEGER -> UNPARSABLE_INTEGERS;
        };
    return pool.get(random.nextInt(pool.size()));
  }

  /** Replaces one to three fields of the record by unparsed text. */
  private static <R extends Ssda903Record> R unparse(
      R record, List<Field<R>> fields, BiFunction<R, Map<String, String>, R> withUnparsed, SplittableRandom random) {
    int n = 1 + random.nextInt(Math.min(3, fields.size()));
    R result = record;
    Map<String, String> unparsed = new LinkedHashMap<>(record.unparsed());
    for (int i = 0; i < n; i++) {
      Field<R> f = fields.get(random.nextInt(fields.size()));
      result = f.clear().apply(result);
      unparsed.put(f.item(), unparsable(f.kind(), random));
    }
    return withUnparsed.apply(result, unparsed);
  }

  private static final List<Field<ImmutableEpisode>> EPISODE_FIELDS =
      List.of(
          date("DECOM", e -> e.withStart(Optional.empty())),
          code("RNE", e -> e.withReasonNewEpisode(Optional.empty())),
          code("LS", e -> e.withLegalStatus(Optional.empty())),
          code("CIN", e -> e.withCategoryOfNeed(Optional.empty())),
          code("PLACE", e -> e.withPlacement(ImmutablePlacement.copyOf(e.placement()).withType(Optional.empty()))),
          code("PLACE_PROVIDER", e -> e.withPlacement(ImmutablePlacement.copyOf(e.placement()).withProvider(Optional.empty()))),
          date("DEC", e -> e.withEnd(Optional.empty())),
          code("REC", e -> e.withReasonCeased(Optional.empty())),
          code("REASON_PLACE_CHANGE", e -> e.withReasonPlaceChange(Optional.empty())));

  private static final List<Field<ImmutableReview>> REVIEW_FIELDS =
      List.of(
          date("REVIEW", r -> r.withDate(Optional.empty())),
          code("REVIEW_CODE", r -> r.withParticipation(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableUasc>> UASC_FIELDS =
      List.of(
          date("DUC", r -> r.withCeasedDate(Optional.empty())),
          code("SEX", r -> r.withSex(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableHealthOutcomes>> OC2_FIELDS =
      List.of(
          new Field<>("SDQ_SCORE", Kind.INTEGER, r -> r.withSdqScore(Optional.empty())),
          code("SDQ_REASON", r -> r.withSdqReason(Optional.empty())),
          code("CONVICTED", r -> r.withConvicted(Optional.empty())),
          code("HEALTH_CHECK", r -> r.withHealthCheck(Optional.empty())),
          code("IMMUNISATIONS", r -> r.withImmunisations(Optional.empty())),
          code("TEETH_CHECK", r -> r.withTeethCheck(Optional.empty())),
          code("HEALTH_ASSESSMENT", r -> r.withHealthAssessment(Optional.empty())),
          code("SUBSTANCE_MISUSE", r -> r.withSubstanceMisuse(Optional.empty())),
          code("INTERVENTION_RECEIVED", r -> r.withInterventionReceived(Optional.empty())),
          code("INTERVENTION_OFFERED", r -> r.withInterventionOffered(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableCareLeaverCheckpoint>> OC3_FIELDS =
      List.of(
          code("IN_TOUCH", r -> r.withInTouch(Optional.empty())),
          code("ACTIV", r -> r.withActivity(Optional.empty())),
          code("ACCOM", r -> r.withAccommodation(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableAdoption>> AD1_FIELDS =
      List.of(
          date("DATE_INT", r -> r.withDecisionDate(Optional.empty())),
          date("DATE_MATCH", r -> r.withMatchedDate(Optional.empty())),
          code("FOSTER_CARE", r -> r.withAdoptedByFosterCarer(Optional.empty())),
          code("NB_ADOPTR", r -> r.withNumberOfAdopters(Optional.empty())),
          code("SEX_ADOPTR", r -> r.withAdopterSex(Optional.empty())),
          code("LS_ADOPTR", r -> r.withAdopterLegalStatus(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutablePlacedForAdoption>> PLACED_FIELDS =
      List.of(
          date("DATE_PLACED", r -> r.withDecisionDate(Optional.empty())),
          date("DATE_PLACED_CEASED", r -> r.withCeasedDate(Optional.empty())),
          code("REASON_PLACED_CEASED", r -> r.withReasonCeased(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutablePreviousPermanence>> PREV_FIELDS =
      List.of(
          code("PREV_PERM", r -> r.withOption(Optional.empty())),
          date("DATE_PERM", r -> r.withDate(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableMissingEpisode>> MISSING_FIELDS =
      List.of(
          code("MISSING", r -> r.withType(Optional.empty())),
          date("MIS_START", r -> r.withStart(Optional.empty())),
          date("MIS_END", r -> r.withEnd(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableSocialWorkerEpisode>> SW_FIELDS =
      List.of(
          date("SW_DECOM", r -> r.withStart(Optional.empty())),
          date("SW_DEC", r -> r.withEnd(Optional.empty())),
          code("SW_REASON", r -> r.withReasonEnded(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableDeprivationOfLiberty>> DOLO_FIELDS =
      List.of(
          date("DOLO_START", r -> r.withStart(Optional.empty())),
          date("DOLO_END", r -> r.withEnd(Optional.empty())),
          date("DOB", r -> r.withDob(Optional.empty())));

  private static final List<Field<ImmutableChild>> HEADER_FIELDS =
      List.of(
          code("SEX", c -> c.withSex(Optional.empty())),
          date("DOB", c -> c.withDob(Optional.empty())),
          code("ETHNIC", c -> c.withEthnicity(Optional.empty())),
          code("MOTHER", c -> c.withMotherStatus(Optional.empty())),
          date("MC_DOB", c -> c.withMotherChildDob(Optional.empty())),
          code("UASC", c -> c.withUascFlag(Optional.empty())));

  /**
   * Corrupts each record of a table with probability one half; where the table is empty, adds a
   * record (from {@code fresh}) with some fields unparsed.
   */
  private static <R extends Ssda903Record, I extends R> List<R> corruptTable(
      List<R> records,
      Function<R, I> copy,
      Function<SplittableRandom, R> fresh,
      List<Field<I>> fields,
      BiFunction<I, Map<String, String>, I> withUnparsed,
      Ssda903Table table,
      CollectionYear year,
      SplittableRandom random) {
    List<R> result = new ArrayList<>();
    for (R r : records) {
      result.add(random.nextBoolean() ? unparse(copy.apply(r), fields, withUnparsed, random) : r);
    }
    if (result.isEmpty() && table.collected().contains(year) && random.nextInt(4) != 0) {
      result.add(unparse(copy.apply(fresh.apply(random)), fields, withUnparsed, random));
    }
    return result;
  }

  private static LocalDate someDate(SplittableRandom random, CollectionYear year) {
    return year.ssda903Start().plusDays(random.nextInt(365 * 3) - 365 * 2);
  }

  static Child corrupt(Child valid, CollectionYear year, SplittableRandom random) {
    ImmutableChild c = ImmutableChild.copyOf(valid);
    switch (random.nextInt(8)) {
      // I is never a check letter
      case 0 -> c = c.withUpn(Upn.of("I" + c.upn().map(Upn::value).orElse("123456789012").substring(1)));
      case 1 -> c = c.withUpn(Upn.of(pick(List.of("A12345", "UN11", "a123456789012", "not known"), random)));
      case 2 -> c = c.withChildId(ChildId.of(c.childId().value() + "-TOO-LONG-FOR-THE-SCHEMA"));
      case 3 -> c = c.withDob(someDate(random, year).plusYears(5));
      // Typed codes of any year, so known codes out of their year are carried too (1/2 beside M/F …)
      case 4 -> c = c.withSex(pick(Sex.CODESET.codes(), random));
      case 5 -> c = c.withEpisodes(c.episodes().stream()
          .map(e -> ImmutableEpisode.copyOf(e)
              .withReasonNewEpisode(pick(ReasonNewEpisode.CODESET.codes(), random))
              .withReasonCeased(e.reasonCeased().map(r -> pick(ReasonEpisodeCeased.CODESET.codes(), random)))
              .withLegalStatus(pick(LegalStatus.CODESET.codes(), random))
              .withPlacement(ImmutablePlacement.copyOf(e.placement()).withType(pick(PlacementType.CODESET.codes(), random))))
          .map(Episode.class::cast)
          .toList());
      default -> {}
    }
    if (random.nextBoolean()) {
      c = unparse(c, HEADER_FIELDS, ImmutableChild::withUnparsed, random);
    }
    // Structure first, then unparsed text, so that no field ends up both typed and unparsed.
    c = c.withEpisodes(corruptTable(
        scrambleEpisodes(c.episodes(), year, random),
        ImmutableEpisode::copyOf,
        r -> Episode.builder().start(someDate(r, year)).reasonNewEpisode(ReasonNewEpisode.P).build(),
        EPISODE_FIELDS,
        ImmutableEpisode::withUnparsed,
        Ssda903Table.EPISODES, year, random));
    c = c.withReviews(corruptTable(c.reviews(), ImmutableReview::copyOf,
        r -> Review.builder().date(someDate(r, year)).build(), REVIEW_FIELDS, ImmutableReview::withUnparsed,
        Ssda903Table.REVIEWS, year, random));
    c = c.withUasc(corruptTable(c.uasc(), ImmutableUasc::copyOf,
        r -> Uasc.builder().ceasedDate(someDate(r, year)).build(), UASC_FIELDS, ImmutableUasc::withUnparsed,
        Ssda903Table.UASC, year, random));
    c = c.withHealthOutcomes(corruptTable(c.healthOutcomes(), ImmutableHealthOutcomes::copyOf,
        r -> HealthOutcomes.builder().sdqScore(r.nextInt(100) - 20).convicted(Oc2Flag.YES).build(),
        OC2_FIELDS, ImmutableHealthOutcomes::withUnparsed,
        Ssda903Table.OC2, year, random));
    c = c.withCareLeaverCheckpoints(corruptTable(c.careLeaverCheckpoints(), ImmutableCareLeaverCheckpoint::copyOf,
        r -> CareLeaverCheckpoint.builder().inTouch(InTouch.YES).build(), OC3_FIELDS,
        ImmutableCareLeaverCheckpoint::withUnparsed,
        Ssda903Table.OC3, year, random));
    c = c.withAdoptions(corruptTable(c.adoptions(), ImmutableAdoption::copyOf,
        r -> Adoption.builder().decisionDate(someDate(r, year)).matchedDate(someDate(r, year)).build(),
        AD1_FIELDS, ImmutableAdoption::withUnparsed,
        Ssda903Table.AD1, year, random));
    c = c.withPlacedForAdoption(corruptTable(c.placedForAdoption(), ImmutablePlacedForAdoption::copyOf,
        r -> PlacedForAdoption.builder().decisionDate(someDate(r, year)).ceasedDate(someDate(r, year)).build(),
        PLACED_FIELDS, ImmutablePlacedForAdoption::withUnparsed,
        Ssda903Table.PLACED_ADOPTION, year, random));
    c = c.withPreviousPermanence(corruptTable(c.previousPermanence(), ImmutablePreviousPermanence::copyOf,
        r -> PreviousPermanence.builder().arrangingLa(LaCode.of("Z99")).build(),
        PREV_FIELDS, ImmutablePreviousPermanence::withUnparsed,
        Ssda903Table.PREV_PERM, year, random));
    c = c.withMissingEpisodes(corruptTable(c.missingEpisodes(), ImmutableMissingEpisode::copyOf,
        r -> MissingEpisode.builder().type(MissingType.M).start(someDate(r, year)).end(someDate(r, year)).build(),
        MISSING_FIELDS, ImmutableMissingEpisode::withUnparsed,
        Ssda903Table.MISSING, year, random));
    c = c.withSocialWorkerEpisodes(corruptTable(c.socialWorkerEpisodes(), ImmutableSocialWorkerEpisode::copyOf,
        r -> SocialWorkerEpisode.builder().socialWorkerId("AB1").start(someDate(r, year)).build(),
        SW_FIELDS, ImmutableSocialWorkerEpisode::withUnparsed,
        Ssda903Table.SW_EPISODES, year, random));
    c = c.withDeprivationsOfLiberty(corruptTable(c.deprivationsOfLiberty(), ImmutableDeprivationOfLiberty::copyOf,
        r -> DeprivationOfLiberty.builder().start(someDate(r, year)).end(someDate(r, year).minusYears(1)).build(),
        DOLO_FIELDS, ImmutableDeprivationOfLiberty::withUnparsed,
        Ssda903Table.DOLO, year, random));
    c = ownDobs(c, random);
    c = secondRecords(c, random);
    c = awkwardText(c, random);
    return c;
  }

  /** A DOB for a record, unlike the header's (typed, or unparsed text kept as is). */
  private static Optional<LocalDate> otherDob(Child c, SplittableRandom random) {
    LocalDate base = c.dob().orElse(LocalDate.of(2010, 6, 15));
    return Optional.of(base.plusDays(1 + random.nextInt(400)));
  }

  /** Gives about one record in five its own DOB (where it has no unparsed DOB), as a CSV row may. */
  private static <R extends Ssda903Record, I extends R> List<R> withOwnDobs(
      List<R> records, Function<R, I> copy, BiFunction<I, Optional<LocalDate>, I> withDob, Child c, SplittableRandom random) {
    List<R> result = new ArrayList<>();
    for (R r : records) {
      result.add(random.nextInt(5) == 0 && r.unparsed("DOB").isEmpty() ? withDob.apply(copy.apply(r), otherDob(c, random)) : r);
    }
    return result;
  }

  private static ImmutableChild ownDobs(ImmutableChild c, SplittableRandom random) {
    c = c.withReviews(withOwnDobs(c.reviews(), ImmutableReview::copyOf, ImmutableReview::withDob, c, random));
    List<Uasc> uasc = new ArrayList<>();
    for (Uasc u : withOwnDobs(c.uasc(), ImmutableUasc::copyOf, ImmutableUasc::withDob, c, random)) {
      if (random.nextInt(4) == 0 && u.unparsed("SEX").isEmpty()) {
        Sex own = pick(Sex.CODESET.codes(), random);
        u = ImmutableUasc.copyOf(u).withSex(c.sex().filter(s -> s == own).isPresent() ? Optional.empty() : Optional.of(own));
      }
      uasc.add(u);
    }
    c = c.withUasc(uasc);
    c = c.withHealthOutcomes(withOwnDobs(c.healthOutcomes(), ImmutableHealthOutcomes::copyOf, ImmutableHealthOutcomes::withDob, c, random));
    c = c.withCareLeaverCheckpoints(withOwnDobs(c.careLeaverCheckpoints(), ImmutableCareLeaverCheckpoint::copyOf, ImmutableCareLeaverCheckpoint::withDob, c, random));
    c = c.withAdoptions(withOwnDobs(c.adoptions(), ImmutableAdoption::copyOf, ImmutableAdoption::withDob, c, random));
    c = c.withPlacedForAdoption(withOwnDobs(c.placedForAdoption(), ImmutablePlacedForAdoption::copyOf, ImmutablePlacedForAdoption::withDob, c, random));
    c = c.withPreviousPermanence(withOwnDobs(c.previousPermanence(), ImmutablePreviousPermanence::copyOf, ImmutablePreviousPermanence::withDob, c, random));
    c = c.withMissingEpisodes(withOwnDobs(c.missingEpisodes(), ImmutableMissingEpisode::copyOf, ImmutableMissingEpisode::withDob, c, random));
    c = c.withSocialWorkerEpisodes(withOwnDobs(c.socialWorkerEpisodes(), ImmutableSocialWorkerEpisode::copyOf, ImmutableSocialWorkerEpisode::withDob, c, random));
    c = c.withDeprivationsOfLiberty(withOwnDobs(c.deprivationsOfLiberty(), ImmutableDeprivationOfLiberty::copyOf, ImmutableDeprivationOfLiberty::withDob, c, random));
    return c;
  }

  private static <R> List<R> twice(List<R> records, SplittableRandom random) {
    if (records.isEmpty() || random.nextInt(4) != 0) {
      return records;
    }
    List<R> result = new ArrayList<>(records);
    result.add(records.get(0));
    return result;
  }

  /** Repeats now and then the record of a table that allows one per child (UASC, OC2, OC3, AD1). */
  private static ImmutableChild secondRecords(ImmutableChild c, SplittableRandom random) {
    return c.withUasc(twice(c.uasc(), random))
        .withHealthOutcomes(twice(c.healthOutcomes(), random))
        .withCareLeaverCheckpoints(twice(c.careLeaverCheckpoints(), random))
        .withAdoptions(twice(c.adoptions(), random));
  }

  /** Puts {@link #AWKWARD_TEXT} into free-text fields and, now and then, the child ID. */
  private static ImmutableChild awkwardText(ImmutableChild c, SplittableRandom random) {
    if (random.nextInt(8) == 0) {
      c = c.withChildId(ChildId.of(" " + c.childId().value() + ",\"x\" "));
    }
    if (random.nextInt(4) == 0) {
      c = c.withUpn(Upn.of(pick(AWKWARD_TEXT, random)));
    }
    List<Episode> episodes = new ArrayList<>();
    for (Episode e : c.episodes()) {
      ImmutableEpisode x = ImmutableEpisode.copyOf(e);
      if (random.nextInt(4) == 0) {
        x = x.withHomePostcode(Postcode.of(pick(AWKWARD_TEXT, random)));
      }
      if (random.nextInt(4) == 0) {
        ImmutablePlacement p = ImmutablePlacement.copyOf(x.placement());
        p = random.nextBoolean() ? p.withPostcode(Postcode.of(pick(AWKWARD_TEXT, random))) : p.withUrn(Urn.of(pick(AWKWARD_TEXT, random)));
        x = x.withPlacement(p);
      }
      episodes.add(x);
    }
    c = c.withEpisodes(episodes);
    List<PreviousPermanence> prev = new ArrayList<>();
    for (PreviousPermanence p : c.previousPermanence()) {
      prev.add(random.nextInt(3) == 0 ? ImmutablePreviousPermanence.copyOf(p).withArrangingLa(LaCode.of(pick(AWKWARD_TEXT, random))) : p);
    }
    c = c.withPreviousPermanence(prev);
    List<SocialWorkerEpisode> sw = new ArrayList<>();
    for (SocialWorkerEpisode s : c.socialWorkerEpisodes()) {
      sw.add(random.nextInt(3) == 0 ? ImmutableSocialWorkerEpisode.copyOf(s).withSocialWorkerId(pick(AWKWARD_TEXT, random)) : s);
    }
    return c.withSocialWorkerEpisodes(sw);
  }

  /** Breaks the episodes' structure: overlaps, reversed dates, duplicates, codes out of their years. */
  private static List<Episode> scrambleEpisodes(List<Episode> episodes, CollectionYear year, SplittableRandom random) {
    List<Episode> result = new ArrayList<>(episodes);
    if (result.isEmpty()) {
      return result;
    }
    int i = random.nextInt(result.size());
    ImmutableEpisode e = ImmutableEpisode.copyOf(result.get(i));
    LocalDate base = e.start().orElse(year.ssda903Start());
    switch (random.nextInt(7)) {
      case 0 -> result.set(i, e.withEnd(base.minusDays(1 + random.nextInt(100))));
      case 1 -> result.add(e.withSource(Optional.empty())); // a duplicate row
      case 2 -> result.add(e.withStart(base.plusDays(1)).withReasonNewEpisode(ReasonNewEpisode.P)); // overlaps
      case 3 -> {
        PlacementType outOfYear = year == CollectionYear.Y2013_14 ? PlacementType.U1 : PlacementType.Q1;
        result.set(i, e.withPlacement(ImmutablePlacement.copyOf(e.placement()).withType(outOfYear)));
      }
      case 4 -> result.set(i, e.withHomePostcode(Postcode.of(pick(List.of("SW1A", "not a postcode", "1AA SW1A", "QQ"), random))));
      case 5 -> result.set(i, e.withPlacement(ImmutablePlacement.copyOf(e.placement()).withUrn(Urn.of("12AB"))));
      default -> result.add(random.nextInt(result.size() + 1), e.withReasonNewEpisode(ReasonNewEpisode.L));
    }
    return result;
  }
}
