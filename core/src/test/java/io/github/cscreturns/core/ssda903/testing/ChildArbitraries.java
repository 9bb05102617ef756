package io.github.cscreturns.core.ssda903.testing;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries for the SSDA903 model, for property tests in this and other modules (published
 * in core's {@code test-jar}).
 *
 * <p>What they generate:
 *
 * <ul>
 *   <li>{@link #validChildren(CollectionYear)}: realistic children of a collection year. Each has a
 *       care history up to 31 March of the year: one to three periods of care, each a run of one to
 *       four episodes joined by REC X1 and starting with RNE S, separated by gaps; an episode still
 *       open at 31 March has no DEC or REC; a child reaching 18 leaves care on the birthday. Every
 *       code is valid in the year; identifiers are well formed (UPNs with a correct check letter or
 *       an unknown-reason code); at most one record in the tables UASC, OC2, OC3 and AD1; tables
 *       only of years in which they are collected (Missing from 2014-15, SWEpisodes from 2023-24,
 *       DoLo from 2026-27). Records carry a source location about a third of the time.
 *   <li>{@link #invalidChildren(CollectionYear)}: the same children, then broken: in every table
 *       (records are added where a table is empty) some fields hold raw text that does not parse
 *       ({@code unparsed()}, with the typed field empty), and the episodes are scrambled (ceasing
 *       before they start, missing start dates, overlaps, duplicates, codes not valid in the year);
 *       UPNs and child IDs malformed; free text awkward ({@link #AWKWARD_TEXT}); records with a DOB
 *       (UASC: a sex) unlike the header's; a second record in UASC, OC2, OC3 or AD1.
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
public final class ChildArbitraries {
  private ChildArbitraries() {}

  /** Raw text that no date field parses: impossible dates, partial dates, words. */
  public static final List<String> UNPARSABLE_DATES =
      List.of(
          "31/02/2020", "99/99/9999", "zz/05/2010", "not known", "2019-13-40", "00/00/0000", "2020-01-05",
          "1/2/2020", "29/02/2023", "next week");

  /** Raw text that no code field parses. */
  public static final List<String> UNPARSABLE_CODES =
      List.of(
          "ZZ9", "??", "x", "n/a, unknown", "A&B", "u1", "Q9", "say \"hi\"", "two\nlines", "cr\r\nlf", " pad",
          "&<>", "é£", "0 1");

  /** Raw text that does not parse as an integer (SDQ_SCORE). */
  public static final List<String> UNPARSABLE_INTEGERS = List.of("twelve", "12.5", "1 2", "-", "99999999999", "--1");

  /**
   * Awkward text for free-text fields (UPN, postcodes, URN, LA code, social worker ID) of invalid
   * children: separators, quotes, line breaks, markup, non-ASCII, surrounding spaces.
   */
  public static final List<String> AWKWARD_TEXT =
      List.of("A,B", "say \"hi\"", "two\nlines", "cr\r\nlf", " pad ", "&<>", "<x/>", "é£", "'q'");

  // ------------------------------------------------------------------ children

  /** Every modelled collection year. */
  public static Arbitrary<CollectionYear> years() {
    return Arbitraries.of(CollectionYear.values());
  }

  /** Valid and invalid children of any year, about half of each. */
  public static Arbitrary<Child> children() {
    return years().flatMap(ChildArbitraries::children);
  }

  /** Valid and invalid children of the year, about half of each. */
  public static Arbitrary<Child> children(CollectionYear year) {
    return Arbitraries.oneOf(validChildren(year), invalidChildren(year));
  }

  /** Realistic valid children of any year. */
  public static Arbitrary<Child> validChildren() {
    return years().flatMap(ChildArbitraries::validChildren);
  }

  /** Realistic children of the year, every value valid (see the class description). */
  public static Arbitrary<Child> validChildren(CollectionYear year) {
    // Aged 0 to 21 at 31 March. Arbitraries are built once per year and age, not per child:
    // building them is what makes flatMap slow.
    return Arbitraries.integers().between(0, 21).flatMap(age -> VALID.computeIfAbsent(year.ordinal() * 100 + age, k -> validChildren(year, age)));
  }

  private static final Map<Integer, Arbitrary<Child>> VALID = new ConcurrentHashMap<>();

  /** Children of any year with unparsed text in every table and scrambled episodes. */
  public static Arbitrary<Child> invalidChildren() {
    return years().flatMap(ChildArbitraries::invalidChildren);
  }

  /** Children of the year with unparsed text in every table and scrambled episodes. */
  public static Arbitrary<Child> invalidChildren(CollectionYear year) {
    return Combinators.combine(validChildren(year), Arbitraries.randoms())
        .as((child, random) -> corrupt(child, year, random));
  }

  /** A return of the year: a local authority and up to six children, valid and invalid, with distinct IDs. */
  public static Arbitrary<Ssda903Return> returns(CollectionYear year) {
    return Combinators.combine(
            laCodes().optional(0.8), children(year).list().ofMaxSize(6).uniqueElements(Child::childId))
        .as((la, children) -> Ssda903Return.builder().year(year).la(la).children(children).build());
  }

  /** Returns of any year. */
  public static Arbitrary<Ssda903Return> returns() {
    return years().flatMap(ChildArbitraries::returns);
  }

  // ------------------------------------------------------------------ identifiers

  /** Child IDs as LAs write them: short, well formed. */
  public static Arbitrary<ChildId> childIds() {
    return Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(10),
            Arbitraries.strings().withCharRange('A', 'Z').numeric().ofMinLength(1).ofMaxLength(10))
        .map(ChildId::of);
  }

  /** UPNs with a correct check letter (some temporary), and unknown-reason codes UN1 to UN5. */
  public static Arbitrary<Upn> upns() {
    Arbitrary<String> body = Arbitraries.strings().numeric().ofLength(11);
    Arbitrary<String> last =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.strings().numeric().ofLength(1)),
            Tuple.of(1, Arbitraries.of("A", "B", "C", "H", "K", "Z")));
    Arbitrary<Upn> proper =
        Combinators.combine(body, last)
            .as(
                (b, l) -> {
                  String rest = b + l;
                  char check = Upn.expectedCheckLetter("?" + rest).orElseThrow();
                  return Upn.of(check + rest);
                });
    Arbitrary<Upn> unknown = Arbitraries.integers().between(1, 5).map(n -> Upn.of("UN" + n));
    return Arbitraries.frequencyOf(Tuple.of(5, proper), Tuple.of(1, unknown));
  }

  /** Well-formed postcodes of England, Wales, Scotland and Northern Ireland, full and partial. */
  public static Arbitrary<Postcode> postcodes() {
    Arbitrary<String> area = Arbitraries.of("SW", "E", "N", "M", "B", "CF", "EH", "BT", "LS", "NE", "G", "W");
    Arbitrary<String> district = Arbitraries.of("1", "2", "9", "10", "15", "1A", "1W");
    Arbitrary<String> sector = Arbitraries.strings().numeric().ofLength(1);
    Arbitrary<String> unit = Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2);
    return Combinators.combine(area, district, sector, unit, Arbitraries.of(true, false))
        .as((a, d, s, u, full) -> Postcode.of(a + d + " " + s + (full ? u : "")));
  }

  /** Ofsted URNs: "SC" and six digits, six digits, or the "XXXXXXX" placeholder. */
  public static Arbitrary<Urn> urns() {
    return Arbitraries.oneOf(
            Arbitraries.strings().numeric().ofLength(6).map(d -> "SC" + d),
            Arbitraries.strings().numeric().ofLength(6),
            Arbitraries.just(Urn.PLACEHOLDER))
        .map(Urn::of);
  }

  /** Three-digit LA codes. */
  public static Arbitrary<LaCode> laCodes() {
    return Arbitraries.integers().between(201, 938).map(n -> LaCode.of(Integer.toString(n)));
  }

  /** Source locations: a CSV line, or an XML line and column with its element path. */
  public static Arbitrary<SourceLocation> sourceLocations() {
    Arbitrary<SourceLocation> csv =
        Combinators.combine(Arbitraries.of("header.csv", "episodes.csv", "reviews.csv"), Arbitraries.integers().between(2, 100_000))
            .as(SourceLocation::of);
    Arbitrary<SourceLocation> xml =
        Combinators.combine(Arbitraries.integers().between(1, 100_000), Arbitraries.integers().between(1, 200), Arbitraries.integers().between(1, 500))
            .as(
                (line, column, child) ->
                    SourceLocation.builder()
                        .file("return.xml")
                        .line(line)
                        .column(column)
                        .elementPath("/Message/Children/Child[" + child + "]")
                        .build());
    return Arbitraries.oneOf(csv, xml);
  }

  // ------------------------------------------------------------------ valid children

  private static <C extends Enum<C> & Code> Arbitrary<C> codes(Codeset<C> codeset, CollectionYear year) {
    List<C> valid = codeset.validCodes(year);
    // A codeset not yet in force in the year is only drawn from for tables or items of later years.
    return Arbitraries.of(valid.isEmpty() ? codeset.codes() : valid);
  }

  private static Arbitrary<Optional<SourceLocation>> sources() {
    return sourceLocations().optional(0.3);
  }

  /** A date from {@code from} to {@code to} inclusive ({@code from} if the span is empty). */
  private static Arbitrary<LocalDate> datesBetween(LocalDate from, LocalDate to) {
    long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return Arbitraries.longs().between(0, span).map(from::plusDays);
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

  private static Arbitrary<Draft> drafts(CollectionYear year) {
    Arbitrary<Placement> placements =
        Combinators.combine(
                codes(PlacementType.CODESET, year),
                codes(PlacementProvider.CODESET, year).optional(0.9),
                postcodes().optional(0.8),
                urns().optional(0.7))
            .as((t, p, pc, u) -> Placement.builder().type(t).provider(p).postcode(pc).urn(u).build());
    List<ReasonNewEpisode> changes =
        ReasonNewEpisode.CODESET.validCodes(year).stream().filter(r -> r != ReasonNewEpisode.S).toList();
    List<ReasonEpisodeCeased> leaving =
        ReasonEpisodeCeased.CODESET.validCodes(year).stream().filter(r -> r != ReasonEpisodeCeased.X1).toList();
    Arbitrary<Integer> days =
        Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.integers().between(1, 7)),
            Tuple.of(3, Arbitraries.integers().between(8, 400)));
    return Combinators.combine(
            days,
            Arbitraries.of(changes),
            codes(LegalStatus.CODESET, year),
            codes(CategoryOfNeed.CODESET, year),
            placements,
            Arbitraries.of(leaving),
            codes(ReasonPlacementChange.CODESET, year).optional(0.9),
            Combinators.combine(postcodes().optional(0.7), sources()).as(Tuple::of))
        .as((d, c, ls, cin, pl, rec, rpc, t) -> new Draft(d, c, ls, cin, pl, rec, rpc, t.get1(), t.get2()));
  }

  /** Children aged {@code age} at 31 March of the year. */
  private static Arbitrary<Child> validChildren(CollectionYear year, int age) {
    // Born within the year before the age-th birthday; records other than episodes are dated from
    // the latest such date of birth on, so never before the child's birth.
    LocalDate latestDob = year.ssda903End().minusYears(age);
    Arbitrary<LocalDate> dobs = Arbitraries.integers().between(0, 364).map(latestDob::minusDays);
    Arbitrary<List<List<Draft>>> plan =
        drafts(year).list().ofMinSize(1).ofMaxSize(4).withSizeDistribution(RandomDistribution.uniform())
            .list().ofMinSize(1).ofMaxSize(3).withSizeDistribution(RandomDistribution.uniform());
    Arbitrary<List<Integer>> gaps = Arbitraries.integers().between(1, 730).list().ofSize(3);
    Arbitrary<Integer> offset = Arbitraries.integers().between(0, 4 * 365);
    Arbitrary<Child> header =
        Combinators.combine(
                childIds(),
                codes(Sex.CODESET, year),
                codes(Ethnicity.CODESET, year),
                upns().optional(0.95),
                codes(MotherStatus.CODESET, year).optional(0.5),
                Arbitraries.integers().between(0, 3000).optional(0.1),
                codes(UascFlag.CODESET, year).optional(0.3),
                sources())
            .as(
                (id, sex, eth, upn, mother, mcDays, uascFlag, src) ->
                    Child.builder()
                        .childId(id)
                        .sex(sex)
                        .ethnicity(eth)
                        .upn(upn)
                        .motherStatus(mother)
                        .motherChildDob(mother.filter(m -> m == MotherStatus.IS_A_MOTHER).flatMap(m -> mcDays).map(d -> latestDob.plusYears(12).plusDays(d)))
                        .uascFlag(uascFlag)
                        .source(src)
                        .build());
    Arbitrary<List<Object>> records = otherRecords(year, latestDob);
    return Combinators.combine(dobs, header, plan, gaps, offset, records)
        .as(
            (dob, h, p, g, o, other) -> {
              ImmutableChild.Builder b = Child.builder().from(h).dob(dob).episodes(timeline(year, dob, p, g, o));
              for (Object r : other) {
                if (r instanceof Review x) b.addReviews(x);
                else if (r instanceof Uasc x) b.addUasc(x);
                else if (r instanceof HealthOutcomes x) b.addHealthOutcomes(x);
                else if (r instanceof CareLeaverCheckpoint x) b.addCareLeaverCheckpoints(x);
                else if (r instanceof Adoption x) b.addAdoptions(x);
                else if (r instanceof PlacedForAdoption x) b.addPlacedForAdoption(x);
                else if (r instanceof PreviousPermanence x) b.addPreviousPermanence(x);
                else if (r instanceof MissingEpisode x) b.addMissingEpisodes(x);
                else if (r instanceof SocialWorkerEpisode x) b.addSocialWorkerEpisodes(x);
                else if (r instanceof DeprivationOfLiberty x) b.addDeprivationsOfLiberty(x);
              }
              return b.build();
            });
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

  /** Records of the other tables, valid in the year, dated around the year. */
  private static Arbitrary<List<Object>> otherRecords(CollectionYear year, LocalDate dob) {
    LocalDate from = year.ssda903Start().isBefore(dob) ? dob : year.ssda903Start();
    LocalDate to = year.ssda903End().isBefore(from) ? from : year.ssda903End();
    Arbitrary<LocalDate> inYear = datesBetween(from, to);
    Arbitrary<LocalDate> earlier = datesBetween(dob, to);

    Arbitrary<Review> reviews =
        Combinators.combine(inYear, codes(ReviewParticipation.CODESET, year), sources())
            .as((d, p, s) -> Review.builder().date(d).participation(p).source(s).build());
    Arbitrary<Uasc> uasc =
        Combinators.combine(inYear.optional(0.3), sources())
            .as((d, s) -> Uasc.builder().ceasedDate(d).source(s).build());
    Arbitrary<Optional<Oc2Flag>> flag = codes(Oc2Flag.CODESET, year).optional(0.9);
    Arbitrary<HealthOutcomes> oc2 =
        Combinators.combine(
                Arbitraries.integers().between(0, 40).optional(0.6),
                codes(SdqReason.CODESET, year).optional(0.3),
                flag,
                flag,
                flag,
                flag,
                Combinators.combine(flag, flag, flag, flag).as(Tuple::of),
                sources())
            .as(
                (score, reason, convicted, check, imm, teeth, t, s) ->
                    HealthOutcomes.builder()
                        .sdqScore(score)
                        .sdqReason(score.isPresent() ? Optional.empty() : reason)
                        .convicted(convicted)
                        .healthCheck(check)
                        .immunisations(imm)
                        .teethCheck(teeth)
                        .healthAssessment(t.get1())
                        .substanceMisuse(t.get2())
                        .interventionReceived(t.get3())
                        .interventionOffered(t.get4())
                        .source(s)
                        .build());
    Arbitrary<CareLeaverCheckpoint> oc3 =
        Combinators.combine(
                codes(InTouch.CODESET, year),
                codes(CareLeaverActivity.CODESET, year),
                codes(CareLeaverAccommodation.CODESET, year),
                sources())
            .as((i, a, c, s) -> CareLeaverCheckpoint.builder().inTouch(i).activity(a).accommodation(c).source(s).build());
    Arbitrary<Adoption> ad1 =
        Combinators.combine(
                earlier,
                Arbitraries.integers().between(0, 300),
                codes(AdoptedByFosterCarer.CODESET, year),
                codes(NumberOfAdopters.CODESET, year),
                codes(AdopterSex.CODESET, year),
                codes(AdopterLegalStatus.CODESET, year),
                sources())
            .as(
                (d, after, foster, n, sex, ls, s) ->
                    Adoption.builder()
                        .decisionDate(d)
                        .matchedDate(d.plusDays(after))
                        .adoptedByFosterCarer(foster)
                        .numberOfAdopters(n)
                        .adopterSex(sex)
                        .adopterLegalStatus(ls)
                        .source(s)
                        .build());
    Arbitrary<PlacedForAdoption> placed =
        Combinators.combine(earlier, Arbitraries.integers().between(1, 400).optional(0.4), codes(ReasonPlacedForAdoptionCeased.CODESET, year), sources())
            .as(
                (d, days, reason, s) ->
                    PlacedForAdoption.builder()
                        .decisionDate(d)
                        .ceasedDate(days.map(d::plusDays))
                        .reasonCeased(days.map(x -> reason))
                        .source(s)
                        .build());
    Arbitrary<PreviousPermanence> prev =
        Combinators.combine(codes(PreviousPermanenceOption.CODESET, year), laCodes().optional(0.8), earlier.optional(0.8), sources())
            .as((o, la, d, s) -> PreviousPermanence.builder().option(o).arrangingLa(la).date(d).source(s).build());
    Arbitrary<MissingEpisode> missing =
        Combinators.combine(codes(MissingType.CODESET, year), inYear, Arbitraries.integers().between(0, 30).optional(0.9), sources())
            .as((t, d, days, s) -> MissingEpisode.builder().type(t).start(d).end(days.map(d::plusDays)).source(s).build());
    Arbitrary<SocialWorkerEpisode> sw =
        Combinators.combine(
                Arbitraries.strings().numeric().ofLength(5).map(n -> "SW" + n),
                inYear,
                Arbitraries.integers().between(1, 300).optional(0.6),
                codes(SocialWorkerChangeReason.CODESET, year),
                sources())
            .as(
                (id, d, days, reason, s) ->
                    SocialWorkerEpisode.builder()
                        .socialWorkerId(id)
                        .start(d)
                        .end(days.map(d::plusDays))
                        .reasonEnded(days.map(x -> reason))
                        .source(s)
                        .build());
    Arbitrary<DeprivationOfLiberty> dolo =
        Combinators.combine(inYear, Arbitraries.integers().between(1, 200).optional(0.5), sources())
            .as((d, days, s) -> DeprivationOfLiberty.builder().start(d).end(days.map(d::plusDays)).source(s).build());

    List<Arbitrary<List<Object>>> parts = new ArrayList<>();
    parts.add(asObjects(reviews.list().ofMaxSize(3)));
    parts.add(asObjects(uasc.list().ofMaxSize(1)));
    parts.add(asObjects(oc2.list().ofMaxSize(1)));
    parts.add(asObjects(oc3.list().ofMaxSize(1)));
    parts.add(asObjects(ad1.list().ofMaxSize(1)));
    parts.add(asObjects(placed.list().ofMaxSize(2)));
    parts.add(asObjects(prev.list().ofMaxSize(1)));
    if (Ssda903Table.MISSING.collected().contains(year)) {
      parts.add(asObjects(missing.list().ofMaxSize(3)));
    }
    if (Ssda903Table.SW_EPISODES.collected().contains(year)) {
      parts.add(asObjects(sw.list().ofMaxSize(2)));
    }
    if (Ssda903Table.DOLO.collected().contains(year)) {
      parts.add(asObjects(dolo.list().ofMaxSize(1)));
    }
    return Combinators.combine(parts)
        .as(
            lists -> {
              List<Object> all = new ArrayList<>();
              lists.forEach(all::addAll);
              return all;
            });
  }

  private static Arbitrary<List<Object>> asObjects(Arbitrary<? extends List<?>> lists) {
    return lists.map(l -> new ArrayList<Object>(l));
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

  private static String unparsable(Kind kind, Random random) {
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
      R record, List<Field<R>> fields, BiFunction<R, Map<String, String>, R> withUnparsed, Random random) {
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
      Function<Random, R> fresh,
      List<Field<I>> fields,
      BiFunction<I, Map<String, String>, I> withUnparsed,
      Ssda903Table table,
      CollectionYear year,
      Random random) {
    List<R> result = new ArrayList<>();
    for (R r : records) {
      result.add(random.nextBoolean() ? unparse(copy.apply(r), fields, withUnparsed, random) : r);
    }
    if (result.isEmpty() && table.collected().contains(year) && random.nextInt(4) != 0) {
      result.add(unparse(copy.apply(fresh.apply(random)), fields, withUnparsed, random));
    }
    return result;
  }

  private static LocalDate someDate(Random random, CollectionYear year) {
    return year.ssda903Start().plusDays(random.nextInt(365 * 3) - 365 * 2);
  }

  private static <C> C pick(List<C> values, Random random) {
    return values.get(random.nextInt(values.size()));
  }

  static Child corrupt(Child valid, CollectionYear year, Random random) {
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
  private static Optional<LocalDate> otherDob(Child c, Random random) {
    LocalDate base = c.dob().orElse(LocalDate.of(2010, 6, 15));
    return Optional.of(base.plusDays(1 + random.nextInt(400)));
  }

  /** Gives about one record in five its own DOB (where it has no unparsed DOB), as a CSV row may. */
  private static <R extends Ssda903Record, I extends R> List<R> withOwnDobs(
      List<R> records, Function<R, I> copy, BiFunction<I, Optional<LocalDate>, I> withDob, Child c, Random random) {
    List<R> result = new ArrayList<>();
    for (R r : records) {
      result.add(random.nextInt(5) == 0 && r.unparsed("DOB").isEmpty() ? withDob.apply(copy.apply(r), otherDob(c, random)) : r);
    }
    return result;
  }

  private static ImmutableChild ownDobs(ImmutableChild c, Random random) {
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

  private static <R> List<R> twice(List<R> records, Random random) {
    if (records.isEmpty() || random.nextInt(4) != 0) {
      return records;
    }
    List<R> result = new ArrayList<>(records);
    result.add(records.get(0));
    return result;
  }

  /** Repeats now and then the record of a table that allows one per child (UASC, OC2, OC3, AD1). */
  private static ImmutableChild secondRecords(ImmutableChild c, Random random) {
    return c.withUasc(twice(c.uasc(), random))
        .withHealthOutcomes(twice(c.healthOutcomes(), random))
        .withCareLeaverCheckpoints(twice(c.careLeaverCheckpoints(), random))
        .withAdoptions(twice(c.adoptions(), random));
  }

  /** Puts {@link #AWKWARD_TEXT} into free-text fields and, now and then, the child ID. */
  private static ImmutableChild awkwardText(ImmutableChild c, Random random) {
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
  private static List<Episode> scrambleEpisodes(List<Episode> episodes, CollectionYear year, Random random) {
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
