package io.github.cscreturns.serialization.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.SourceLevel;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinHeader;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableCinChild;
import io.github.cscreturns.core.cin.ImmutableCinHeader;
import io.github.cscreturns.core.cin.ImmutableCinReturn;
import io.github.cscreturns.core.cin.Section47;
import io.github.cscreturns.synthetic.testing.SeededProperty;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Writing then reading a CIN census return gives the same return, and writing what was read gives the
 * same bytes, over seeded returns of up to eight children whose items are typed, missing, or text the
 * reader keeps unparsed (blank, wrong case, padded, escaped characters); a failure names its seed and
 * size.
 */
class CinXmlRoundTripProperties {

  static Stream<Object[]> returns() {
    return SeededProperty.seedsAndSizes(200, 8);
  }

  @ParameterizedTest(name = "seed {0}, size {1}")
  @MethodSource("returns")
  void writingThenReadingIsTheIdentity(long seed, int size) {
    SeededProperty.check(seed, size, CinXmlRoundTripProperties::aReturn, cin -> {
      byte[] written = write(cin);
      CinReturn read = CinXml.read(new ByteArrayInputStream(written), "seeded.xml");
      assertThat(read).isEqualTo(cin);
      assertThat(write(read)).isEqualTo(written);
    });
  }

  static byte[] write(CinReturn cin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CinXml.write(out, cin);
    return out.toByteArray();
  }

  // ---------------------------------------------------------------- a seeded return

  /** Text no item types: the reader keeps it as written (blank, case, padding, markup characters, line ends). */
  private static final List<String> ODD_TEXT =
      List.of("", " ", "n4", " 1A", "2022-5-20", "20/06/2021", "00", "-1", "A&B <c> \"d\" 'e'", "£é ✓", "x\ty", "line\r\nend", "\uD83D\uDE00");

  static CinReturn aReturn(SplittableRandom r, int size) {
    ImmutableCinReturn.Builder b = CinReturn.builder();
    if (r.nextInt(4) > 0) {
      b.header(header(r));
    }
    for (int i = 0; i < size; i++) {
      b.addChildren(child(r, i));
    }
    return b.build();
  }

  private static CinHeader header(SplittableRandom r) {
    ImmutableCinHeader.Builder h = CinHeader.builder();
    boolean details = r.nextBoolean();
    boolean source = r.nextBoolean();
    if (details) {
      code(r, CollectionName.values(), "Collection", h::collection, h::putUnparsed);
      text(r, "Year", h::year, h::putUnparsed);
      date(r, "ReferenceDate", h::referenceDate, h::putUnparsed);
    }
    if (source) {
      code(r, SourceLevel.values(), "SourceLevel", h::sourceLevel, h::putUnparsed);
      text(r, "LEA", h::lea, h::putUnparsed);
      text(r, "SoftwareCode", h::softwareCode, h::putUnparsed);
      text(r, "Release", h::release, h::putUnparsed);
      text(r, "SerialNo", h::serialNo, h::putUnparsed);
      switch (r.nextInt(3)) {
        case 0 -> h.dateTime(LocalDateTime.of(2024, 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24), r.nextInt(60), r.nextInt(60)));
        case 1 -> h.putUnparsed("DateTime", odd(r));
        default -> {}
      }
    }
    return h.collectionDetailsWritten(details).sourceWritten(source).build();
  }

  private static CinChild child(SplittableRandom r, int index) {
    ImmutableCinChild.Builder c = CinChild.builder();
    if (r.nextInt(10) == 0) {
      c.identifiers(ChildIdentifiers.builder().build()).identifiersRecorded(false);
    } else {
      var i = ChildIdentifiers.builder();
      text(r, "LAchildID", s -> i.laChildId(ChildId.of(s + index)), i::putUnparsed);
      text(r, "UPN", s -> i.upn(Upn.of(s)), i::putUnparsed);
      text(r, "FormerUPN", s -> i.formerUpn(Upn.of(s)), i::putUnparsed);
      code(r, UpnUnknownReason.values(), "UPNunknown", i::upnUnknown, i::putUnparsed);
      date(r, "PersonBirthDate", i::birthDate, i::putUnparsed);
      date(r, "ExpectedPersonBirthDate", i::expectedBirthDate, i::putUnparsed);
      code(r, GenderCurrent.values(), "GenderCurrent", i::genderCurrent, i::putUnparsed);
      code(r, Sex.values(), "Sex", i::sex, i::putUnparsed);
      date(r, "PersonDeathDate", i::deathDate, i::putUnparsed);
      c.identifiers(i.build());
    }
    if (r.nextInt(8) > 0) {
      var ch = ChildCharacteristics.builder();
      code(r, Ethnicity.values(), "Ethnicity", ch::ethnicity, ch::putUnparsed);
      c.characteristics(ch.build());
      boolean group = r.nextBoolean();
      c.disabilitiesGroupWritten(group);
      for (int n = group ? r.nextInt(4) : 0; n > 0; n--) {
        var d = ChildDisability.builder();
        if (r.nextInt(4) > 0) {
          d.disability(pick(r, Disability.values()));
        } else {
          d.putUnparsed("Disability", odd(r));
        }
        c.addDisabilities(d.build());
      }
    }
    for (int n = r.nextInt(4); n > 0; n--) {
      c.addCinDetails(episode(r));
    }
    return c.build();
  }

  private static CinDetails episode(SplittableRandom r) {
    var d = CinDetails.builder();
    date(r, "CINreferralDate", d::referralDate, d::putUnparsed);
    code(r, ReferralSource.values(), "ReferralSource", d::referralSource, d::putUnparsed);
    code(r, PrimaryNeed.values(), "PrimaryNeedCode", d::primaryNeed, d::putUnparsed);
    date(r, "CINclosureDate", d::closureDate, d::putUnparsed);
    code(r, ReasonForClosure.values(), "ReasonForClosure", d::reasonForClosure, d::putUnparsed);
    date(r, "DateOfInitialCPC", d::dateOfInitialCpc, d::putUnparsed);
    code(r, YesNo.values(), "ReferralNFA", d::referralNfa, d::putUnparsed);
    for (int n = r.nextInt(3); n > 0; n--) {
      var a = Assessment.builder();
      date(r, "AssessmentActualStartDate", a::startDate, a::putUnparsed);
      date(r, "AssessmentInternalReviewDate", a::internalReviewDate, a::putUnparsed);
      date(r, "AssessmentAuthorisationDate", a::authorisationDate, a::putUnparsed);
      switch (r.nextInt(3)) {
        case 0 -> a.factorsGroupWritten(false).factorsWrittenBare(false);
        case 1 -> {
          a.factorsGroupWritten(true).factorsWrittenBare(false);
          for (int f = r.nextInt(4); f > 0; f--) {
            a.addFactorTexts(r.nextBoolean() ? pick(r, List.of("1A", "2B", "21", "4A", "24A")) : odd(r));
          }
        }
        default -> {
          a.factorsGroupWritten(false).factorsWrittenBare(true);
          for (int f = 1 + r.nextInt(3); f > 0; f--) {
            a.addFactorTexts(r.nextBoolean() ? "3C" : odd(r));
          }
        }
      }
      d.addAssessments(a.build());
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      var p = CinPlanDates.builder();
      date(r, "CINPlanStartDate", p::startDate, p::putUnparsed);
      date(r, "CINPlanEndDate", p::endDate, p::putUnparsed);
      d.addCinPlanDates(p.build());
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      var s = Section47.builder();
      date(r, "S47ActualStartDate", s::startDate, s::putUnparsed);
      date(r, "InitialCPCtarget", s::initialCpcTarget, s::putUnparsed);
      date(r, "DateOfInitialCPC", s::dateOfInitialCpc, s::putUnparsed);
      code(r, YesNo.values(), "ICPCnotRequired", s::icpcNotRequired, s::putUnparsed);
      d.addSection47(s.build());
    }
    for (int n = r.nextInt(3); n > 0; n--) {
      var p = ChildProtectionPlan.builder();
      date(r, "CPPstartDate", p::startDate, p::putUnparsed);
      date(r, "CPPendDate", p::endDate, p::putUnparsed);
      code(r, CategoryOfAbuse.values(), "InitialCategoryOfAbuse", p::initialCategoryOfAbuse, p::putUnparsed);
      code(r, CategoryOfAbuse.values(), "LatestCategoryOfAbuse", p::latestCategoryOfAbuse, p::putUnparsed);
      switch (r.nextInt(3)) {
        case 0 -> p.numberOfPreviousPlans(r.nextInt(12));
        case 1 -> p.putUnparsed("NumberOfPreviousCPP", odd(r));
        default -> {}
      }
      for (int v = r.nextInt(3); v > 0; v--) {
        var reviews = CppReviews.builder();
        for (int k = r.nextInt(4); k > 0; k--) {
          reviews.addReviewDateTexts(r.nextBoolean() ? someDate(r).toString() : odd(r));
        }
        p.addReviews(reviews.build());
      }
      d.addChildProtectionPlans(p.build());
    }
    return d.build();
  }

  // ---------------------------------------------------------------- items: missing, typed, or kept as text

  private static <C extends Enum<C> & Code> void code(
      SplittableRandom r, C[] codes, String item, Consumer<C> typed, BiConsumer<String, String> unparsed) {
    switch (r.nextInt(3)) {
      case 0 -> typed.accept(pick(r, codes));
      case 1 -> unparsed.accept(item, odd(r));
      default -> {}
    }
  }

  private static void date(SplittableRandom r, String item, Consumer<LocalDate> typed, BiConsumer<String, String> unparsed) {
    switch (r.nextInt(3)) {
      case 0 -> typed.accept(someDate(r));
      case 1 -> unparsed.accept(item, odd(r));
      default -> {}
    }
  }

  /** A text item: any text but blank is typed; blank is kept as blank text. */
  private static void text(SplittableRandom r, String item, Consumer<String> typed, BiConsumer<String, String> unparsed) {
    switch (r.nextInt(4)) {
      case 0 -> typed.accept("T" + r.nextInt(1000));
      case 1 -> typed.accept(pick(r, ODD_TEXT.subList(1, ODD_TEXT.size())));
      case 2 -> unparsed.accept(item, "");
      default -> {}
    }
  }

  private static LocalDate someDate(SplittableRandom r) {
    return LocalDate.of(2005 + r.nextInt(20), 1, 1).plusDays(r.nextInt(365));
  }

  private static String odd(SplittableRandom r) {
    return pick(r, ODD_TEXT);
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

}
