package io.github.cscreturns.serialization.ssda903;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.Codeset;
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
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Adoption;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Placement;
import io.github.cscreturns.core.ssda903.PreviousPermanence;
import io.github.cscreturns.core.ssda903.Review;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.core.ssda903.Uasc;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * Random children for the round-trip properties, valid and invalid alike: every field is absent, a
 * typed value, or (about one in eight) text that does not parse (unknown codes, impossible dates,
 * text with commas, quotes, line breaks and markup), kept in {@code unparsed()}.
 *
 * <p>{@link Shape} restricts children to what a format can hold (see {@link Ssda903Xml}): the XML
 * has no per-record DOB, one UASC/AD1/OC3 record at most, and implies the UASC flag; CSV has no UASC
 * flag and repeats DOB on each row. A record's own DOB is generated only where it differs from the
 * header's, as the readers keep it.
 *
 * <p>To be replaced by the shared ChildArbitraries in core's test-jar once they land on main.
 */
final class GeneratedChildren {
  private GeneratedChildren() {}

  /** What the generated children must fit. */
  enum Shape {
    /** The XML layout (may keep a UASC flag; no record DOBs; one UASC/AD1/OC3 at most). */
    XML,
    /** The CSV file set (record DOBs and UASC SEX; any number of records; no UASC flag). */
    CSV,
    /** Both: XML shape without a kept UASC flag, so XML → CSV → XML is exact. */
    BOTH
  }

  static Arbitrary<List<Child>> children(Shape shape) {
    return Arbitraries.randomValue(r -> {
      int n = r.nextInt(6);
      List<Child> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        out.add(new Gen(r, shape).child(i));
      }
      return out;
    });
  }

  private static final String[] BAD_CODES = {"Q9", "ZZZ", "x", "??", "A,B", "say \"hi\"", "two\nlines", " pad", "&<>", "é£", "cr\r\nlf", "0 1"};
  private static final String[] BAD_DATES = {"31/02/2020", "2020-01-05", "zz/05/2019", "1/2/2020", "00/00/0000", "29/02/2023", "next week"};
  private static final String[] BAD_INTS = {"ten", "1.5", "99999999999", "--1"};
  private static final String TEXT_CHARS = "ABCXYZ0123456789 ,\"'\n&<>é£-_";

  private static final class Gen {
    final Random r;
    final Shape shape;
    Map<String, String> unparsed;
    LocalDate headerDob;
    String headerDobText;

    Gen(Random r, Shape shape) {
      this.r = r;
      this.shape = shape;
    }

    boolean chance(int percent) {
      return r.nextInt(100) < percent;
    }

    LocalDate someDate() {
      return LocalDate.of(1990 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    String text(int max) {
      StringBuilder sb = new StringBuilder();
      int len = 1 + r.nextInt(max);
      for (int i = 0; i < len; i++) {
        sb.append(TEXT_CHARS.charAt(r.nextInt(TEXT_CHARS.length())));
      }
      String s = sb.toString();
      return s.isBlank() ? "X" + s : s;
    }

    <C extends Enum<C> & Code> Optional<C> code(Codeset<C> cs, String item) {
      int roll = r.nextInt(8);
      if (roll < 2) {
        return Optional.empty();
      }
      if (roll == 2) {
        unparsed.put(item, BAD_CODES[r.nextInt(BAD_CODES.length)]);
        return Optional.empty();
      }
      return Optional.of(cs.codes().get(r.nextInt(cs.codes().size())));
    }

    Optional<LocalDate> date(String item) {
      int roll = r.nextInt(8);
      if (roll < 2) {
        return Optional.empty();
      }
      if (roll == 2) {
        unparsed.put(item, BAD_DATES[r.nextInt(BAD_DATES.length)]);
        return Optional.empty();
      }
      return Optional.of(someDate());
    }

    Optional<Integer> integer(String item) {
      int roll = r.nextInt(8);
      if (roll < 2) {
        return Optional.empty();
      }
      if (roll == 2) {
        unparsed.put(item, BAD_INTS[r.nextInt(BAD_INTS.length)]);
        return Optional.empty();
      }
      return Optional.of(r.nextInt(60) - 5);
    }

    <T> Optional<T> text(Function<String, T> of) {
      return chance(25) ? Optional.empty() : Optional.of(of.apply(text(12)));
    }

    /** A record's own DOB, differing from the header's, in CSV-shaped children only. */
    Optional<LocalDate> recordDob() {
      if (shape != Shape.CSV || !chance(20)) {
        return Optional.empty();
      }
      if (chance(25)) {
        String bad = BAD_DATES[r.nextInt(BAD_DATES.length)];
        if (!bad.equals(headerDobText)) {
          unparsed.put("DOB", bad);
        }
        return Optional.empty();
      }
      LocalDate d = someDate();
      return d.equals(headerDob) ? Optional.empty() : Optional.of(d);
    }

    <T> List<T> some(int max, Supplier<T> one) {
      List<T> out = new ArrayList<>();
      int n = r.nextInt(max + 1);
      for (int i = 0; i < n; i++) {
        out.add(one.get());
      }
      return out;
    }

    Map<String, String> fresh() {
      unparsed = new HashMap<>();
      return unparsed;
    }

    Child child(int index) {
      Map<String, String> u = fresh();
      ImmutableChild.Builder b = Child.builder();
      b.childId(ChildId.of(chance(10) ? " C" + index + ",\"x\" " : "C" + index + text(5).replace('\n', 'n')));
      Optional<Sex> sex = code(Sex.CODESET, "SEX");
      b.sex(sex);
      Optional<LocalDate> dob = date("DOB");
      b.dob(dob);
      headerDob = dob.orElse(null);
      headerDobText = u.get("DOB");
      b.ethnicity(code(Ethnicity.CODESET, "ETHNIC"));
      b.upn(text(Upn::of));
      b.motherStatus(code(MotherStatus.CODESET, "MOTHER"));
      b.motherChildDob(date("MC_DOB"));
      if (shape == Shape.XML && chance(15)) {
        if (chance(50)) {
          u.put("UASC", BAD_CODES[r.nextInt(BAD_CODES.length)]);
        }
      }
      b.putAllUnparsed(u);
      b.episodes(some(3, this::episode));
      b.reviews(some(2, this::review));
      boolean xml = shape != Shape.CSV;
      List<Uasc> uasc = some(xml ? 1 : 2, () -> uasc(sex));
      boolean keptFlag = u.containsKey("UASC");
      if (shape == Shape.XML && !uasc.isEmpty() && !keptFlag && chance(30)) {
        b.uascFlag(UascFlag.NO);
        keptFlag = true;
      }
      if (keptFlag && !uasc.isEmpty() && uasc.get(0).ceasedDate().isEmpty() && uasc.get(0).unparsed("DUC").isEmpty()) {
        // a kept flag beside a UASC record needs the record's DUC to show in the XML (see Ssda903Xml)
        uasc = List.of(io.github.cscreturns.core.ssda903.ImmutableUasc.copyOf(uasc.get(0)).withCeasedDate(someDate()));
      }
      b.uasc(uasc);
      b.healthOutcomes(some(2, this::oc2));
      b.careLeaverCheckpoints(nonEmpty(some(xml ? 1 : 2, this::oc3), xml));
      b.adoptions(nonEmpty(some(xml ? 1 : 2, this::ad1), xml));
      b.placedForAdoption(some(2, this::placed));
      b.previousPermanence(some(2, this::prevPerm));
      b.missingEpisodes(some(2, this::missing));
      b.socialWorkerEpisodes(some(2, this::sw));
      b.deprivationsOfLiberty(some(2, this::dolo));
      return b.build();
    }

    /** The XML writes an AD1/OC3 record only through its items, so an empty one cannot be there. */
    <T extends io.github.cscreturns.core.ssda903.Ssda903Record> List<T> nonEmpty(List<T> records, boolean xml) {
      if (!xml) {
        return records;
      }
      return records.stream()
          .filter(rec -> !rec.equals(CareLeaverCheckpoint.builder().build()) && !rec.equals(Adoption.builder().build()))
          .toList();
    }

    Episode episode() {
      Map<String, String> u = fresh();
      Placement p =
          Placement.builder()
              .type(code(PlacementType.CODESET, "PLACE"))
              .provider(code(PlacementProvider.CODESET, "PLACE_PROVIDER"))
              .postcode(text(Postcode::of))
              .urn(text(Urn::of))
              .build();
      return Episode.builder()
          .start(date("DECOM"))
          .reasonNewEpisode(code(ReasonNewEpisode.CODESET, "RNE"))
          .legalStatus(code(LegalStatus.CODESET, "LS"))
          .categoryOfNeed(code(CategoryOfNeed.CODESET, "CIN"))
          .placement(p)
          .end(date("DEC"))
          .reasonCeased(code(ReasonEpisodeCeased.CODESET, "REC"))
          .reasonPlaceChange(code(ReasonPlacementChange.CODESET, "REASON_PLACE_CHANGE"))
          .homePostcode(text(Postcode::of))
          .putAllUnparsed(u)
          .build();
    }

    Review review() {
      Map<String, String> u = fresh();
      return Review.builder().dob(recordDob()).date(date("REVIEW")).participation(code(ReviewParticipation.CODESET, "REVIEW_CODE")).putAllUnparsed(u).build();
    }

    Uasc uasc(Optional<Sex> childSex) {
      Map<String, String> u = fresh();
      Optional<Sex> own = Optional.empty();
      if (shape == Shape.CSV && chance(20)) {
        Sex s = Sex.values()[r.nextInt(Sex.values().length)];
        own = childSex.isPresent() && childSex.get() == s ? Optional.empty() : Optional.of(s);
      }
      return Uasc.builder().sex(own).dob(recordDob()).ceasedDate(date("DUC")).putAllUnparsed(u).build();
    }

    HealthOutcomes oc2() {
      Map<String, String> u = fresh();
      return HealthOutcomes.builder()
          .dob(recordDob())
          .sdqScore(integer("SDQ_SCORE"))
          .sdqReason(code(SdqReason.CODESET, "SDQ_REASON"))
          .convicted(code(Oc2Flag.CODESET, "CONVICTED"))
          .healthCheck(code(Oc2Flag.CODESET, "HEALTH_CHECK"))
          .immunisations(code(Oc2Flag.CODESET, "IMMUNISATIONS"))
          .teethCheck(code(Oc2Flag.CODESET, "TEETH_CHECK"))
          .healthAssessment(code(Oc2Flag.CODESET, "HEALTH_ASSESSMENT"))
          .substanceMisuse(code(Oc2Flag.CODESET, "SUBSTANCE_MISUSE"))
          .interventionReceived(code(Oc2Flag.CODESET, "INTERVENTION_RECEIVED"))
          .interventionOffered(code(Oc2Flag.CODESET, "INTERVENTION_OFFERED"))
          .putAllUnparsed(u)
          .build();
    }

    CareLeaverCheckpoint oc3() {
      Map<String, String> u = fresh();
      return CareLeaverCheckpoint.builder()
          .dob(recordDob())
          .inTouch(code(InTouch.CODESET, "IN_TOUCH"))
          .activity(code(CareLeaverActivity.CODESET, "ACTIV"))
          .accommodation(code(CareLeaverAccommodation.CODESET, "ACCOM"))
          .putAllUnparsed(u)
          .build();
    }

    Adoption ad1() {
      Map<String, String> u = fresh();
      return Adoption.builder()
          .dob(recordDob())
          .decisionDate(date("DATE_INT"))
          .matchedDate(date("DATE_MATCH"))
          .adoptedByFosterCarer(code(AdoptedByFosterCarer.CODESET, "FOSTER_CARE"))
          .numberOfAdopters(code(NumberOfAdopters.CODESET, "NB_ADOPTR"))
          .adopterSex(code(AdopterSex.CODESET, "SEX_ADOPTR"))
          .adopterLegalStatus(code(AdopterLegalStatus.CODESET, "LS_ADOPTR"))
          .putAllUnparsed(u)
          .build();
    }

    PlacedForAdoption placed() {
      Map<String, String> u = fresh();
      return PlacedForAdoption.builder()
          .dob(recordDob())
          .decisionDate(date("DATE_PLACED"))
          .ceasedDate(date("DATE_PLACED_CEASED"))
          .reasonCeased(code(ReasonPlacedForAdoptionCeased.CODESET, "REASON_PLACED_CEASED"))
          .putAllUnparsed(u)
          .build();
    }

    PreviousPermanence prevPerm() {
      Map<String, String> u = fresh();
      return PreviousPermanence.builder()
          .dob(recordDob())
          .option(code(PreviousPermanenceOption.CODESET, "PREV_PERM"))
          .arrangingLa(text(LaCode::of))
          .date(date("DATE_PERM"))
          .putAllUnparsed(u)
          .build();
    }

    MissingEpisode missing() {
      Map<String, String> u = fresh();
      return MissingEpisode.builder().dob(recordDob()).type(code(MissingType.CODESET, "MISSING")).start(date("MIS_START")).end(date("MIS_END")).putAllUnparsed(u).build();
    }

    SocialWorkerEpisode sw() {
      Map<String, String> u = fresh();
      return SocialWorkerEpisode.builder()
          .dob(recordDob())
          .socialWorkerId(text(Function.identity()))
          .start(date("SW_DECOM"))
          .end(date("SW_DEC"))
          .reasonEnded(code(SocialWorkerChangeReason.CODESET, "SW_REASON"))
          .putAllUnparsed(u)
          .build();
    }

    DeprivationOfLiberty dolo() {
      Map<String, String> u = fresh();
      return DeprivationOfLiberty.builder().dob(recordDob()).start(date("DOLO_START")).end(date("DOLO_END")).putAllUnparsed(u).build();
    }
  }

}
