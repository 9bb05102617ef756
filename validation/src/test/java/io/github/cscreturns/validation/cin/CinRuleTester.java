package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.CollectionName;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.Ethnicity;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.PrimaryNeed;
import io.github.cscreturns.codesets.cin.ReferralSource;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.SourceLevel;
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
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Runs single CIN rules on hand-built children, and gives a baseline child of a year that every DfE
 * CIN rule of the year accepts ({@code CinRuleSetTest} holds it to that), with its header.
 *
 * <p>The baseline child (born eight years before the reference date, with a UPN) has one open CIN
 * episode: a referral on 1 May, an assessment from 3 May authorised 31 May with one factor, a section
 * 47 enquiry from 2 June with its initial conference on 12 June (target 16 June; either moved to the
 * Monday after when it falls on a weekend, as conferences are held on working days), recorded on the
 * enquiry only (the episode's own DateOfInitialCPC is for a conference whose enquiry is not in the
 * return), a child protection plan from that conference to 30 September with one review on 1 August,
 * and a CIN plan from 1 October, still open.
 * It has three disabilities (rule 8540 asks a born child referred on to further action for at least
 * one), different for each of three consecutive numbers, so that a return of three baseline children
 * uses nine codes and has children with more than one (the return-level queries 2887Q and 2888Q).
 * A test varies it with the immutables' {@code with…} methods ({@link #episode}, {@link #withEpisode}).
 */
public final class CinRuleTester {
  private CinRuleTester() {}

  /** The 1 April that starts the year's census period. */
  public static LocalDate start(CollectionYear year) {
    return CinRuleContext.of(year).censusStart();
  }

  /** The year's reference date, 31 March. */
  public static LocalDate referenceDate(CollectionYear year) {
    return CinRuleContext.of(year).referenceDate();
  }

  /** A correct header for the year. */
  public static CinHeader header(CollectionYear year) {
    return CinHeader.builder()
        .collection(CollectionName.parse("CIN").orElseThrow())
        .year(Integer.toString(referenceDate(year).getYear()))
        .referenceDate(referenceDate(year))
        .sourceLevel(SourceLevel.parse("L").orElseThrow())
        .lea("318")
        .softwareCode("csc-returns tests")
        .release("1")
        .serialNo("1")
        .dateTime(referenceDate(year).plusDays(30).atTime(9, 0))
        .build();
  }

  /** A valid UPN with its DfE check letter, numbered {@code n} (0 to 999). */
  public static Upn upn(int n) {
    String tail = String.format("318200124%03d", n);
    char letter = Upn.expectedCheckLetter("?" + tail).orElseThrow();
    return Upn.of(letter + tail);
  }

  /** The baseline child of the year, with LA child ID {@code CHILD0001}. */
  public static CinChild child(CollectionYear year) {
    return child(year, 1);
  }

  /** A baseline child of the year numbered {@code n} (LA child ID and UPN differ by number). */
  public static CinChild child(CollectionYear year, int n) {
    LocalDate s = start(year);
    io.github.cscreturns.core.cin.ImmutableChildIdentifiers.Builder id =
        ChildIdentifiers.builder()
            .laChildId(ChildId.of(String.format("CHILD%04d", n)))
            .upn(upn(n))
            .birthDate(referenceDate(year).minusYears(8).minusDays(40));
    if (year.isOlderThan(CollectionYear.Y2024_25)) {
      id.genderCurrent(GenderCurrent.parse("1").orElseThrow());
    } else {
      id.sex(Sex.parse("M").orElseThrow());
    }
    LocalDate conference = weekdayOnOrAfter(s.plusDays(72));
    CinDetails episode =
        CinDetails.builder()
            .referralDate(s.plusDays(30))
            .referralSource(ReferralSource.parse("1A").orElseThrow())
            .primaryNeed(PrimaryNeed.parse("N1").orElseThrow())
            .referralNfa(YesNo.FALSE)
            .addAssessments(
                Assessment.builder()
                    .startDate(s.plusDays(32))
                    .authorisationDate(s.plusDays(60))
                    .addFactorTexts(AssessmentFactor.parse("1A").orElseThrow().code())
                    .build())
            .addSection47(
                Section47.builder()
                    .startDate(s.plusDays(62))
                    .initialCpcTarget(weekdayOnOrAfter(s.plusDays(76)))
                    .dateOfInitialCpc(conference)
                    .icpcNotRequired(YesNo.FALSE)
                    .build())
            .addChildProtectionPlans(
                ChildProtectionPlan.builder()
                    .startDate(conference)
                    .endDate(s.plusDays(182))
                    .initialCategoryOfAbuse(CategoryOfAbuse.parse("NEG").orElseThrow())
                    .latestCategoryOfAbuse(CategoryOfAbuse.parse("NEG").orElseThrow())
                    .numberOfPreviousPlans(0)
                    .addReviews(CppReviews.builder().addReviewDateTexts(s.plusDays(122).toString()).build())
                    .build())
            .addCinPlanDates(CinPlanDates.builder().startDate(s.plusDays(183)).build())
            .build();
    return CinChild.builder()
        .identifiers(id.build())
        .characteristics(ChildCharacteristics.builder().ethnicity(Ethnicity.parse("WBRI").orElseThrow()).build())
        .disabilities(disabilities(year, n))
        .addCinDetails(episode)
        .build();
  }

  /** Three disabilities of the year's codeset (NONE left out), starting at the 3(n-1)th, round the list. */
  private static List<ChildDisability> disabilities(CollectionYear year, int n) {
    List<Disability> codes =
        Disability.CODESET.validCodes(year).stream().filter(d -> d != Disability.NO_DISABILITY).toList();
    List<ChildDisability> three = new java.util.ArrayList<>();
    for (int k = 0; k < 3; k++) {
      three.add(ChildDisability.of(codes.get(Math.floorMod(3 * (n - 1) + k, codes.size()))));
    }
    return three;
  }

  private static LocalDate weekdayOnOrAfter(LocalDate date) {
    LocalDate d = date;
    while (d.getDayOfWeek() == java.time.DayOfWeek.SATURDAY || d.getDayOfWeek() == java.time.DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The collection years whose DfE CIN catalogue has the rule, oldest first. */
  public static List<CollectionYear> yearsWith(String code) {
    return CinRuleCatalogue.years().stream().filter(y -> CinRuleCatalogue.of(y).contains(code)).toList();
  }

  /** The year's 1 April plus {@code days}. */
  public static LocalDate day(CollectionYear year, int days) {
    return start(year).plusDays(days);
  }

  /** The baseline child of the year with its episode changed. */
  public static CinChild withEpisode(CollectionYear year, java.util.function.UnaryOperator<io.github.cscreturns.core.cin.ImmutableCinDetails> change) {
    CinChild child = child(year);
    return withEpisode(child, change.apply(io.github.cscreturns.core.cin.ImmutableCinDetails.copyOf(episode(child))));
  }

  /** The child's first (in the baseline, only) CIN episode. */
  public static CinDetails episode(CinChild child) {
    return child.cinDetails().get(0);
  }

  /** The child with its first CIN episode replaced. */
  public static CinChild withEpisode(CinChild child, CinDetails episode) {
    List<CinDetails> all = new java.util.ArrayList<>(child.cinDetails());
    all.set(0, episode);
    return CinChild.builder().from(child).cinDetails(all).build();
  }

  /** The records the child-level rule flags on the child in the year. */
  public static List<CinRecord> flagged(CinRule rule, CinChild child, CollectionYear year) {
    CinFlags flags = new CinFlags(child);
    rule.check(child, new CinRuleContext(year, Optional.of(header(year)), BankHolidays.england()), flags);
    return flags.flagged();
  }

  /** The flags of a return-level rule run over the children, with the header given. */
  public static CinFlags flagged(CinReturnRule rule, Optional<CinHeader> header, List<CinChild> children, CollectionYear year) {
    CinReturnRule.Accumulator a = rule.newAccumulator(new CinRuleContext(year, header, BankHolidays.england()));
    children.forEach(a::accept);
    CinFlags flags = new CinFlags();
    a.finish(flags);
    return flags;
  }

  /**
   * The records flagged on the child by the version of the rule that the DfE's rule set of the year
   * registers (a child-level rule, or a return-level rule run over this child alone).
   */
  public static List<CinRecord> flaggedByTheYearsRule(String code, CinChild child, CollectionYear year) {
    return flaggedByTheYearsRule(code, List.of(child), year).flagged();
  }

  /** The flags of the year's version of the rule, run over the children with a correct header. */
  public static CinFlags flaggedByTheYearsRule(String code, List<CinChild> children, CollectionYear year) {
    CinRuleSet set = CinRuleSet.forYear(year).only(List.of(code));
    if (!set.childRules().isEmpty()) {
      CinFlags all = new CinFlags();
      for (CinChild c : children) {
        flagged(set.childRules().get(0), c, year).forEach(r -> all.flag(c, r));
      }
      return all;
    }
    if (set.returnRules().isEmpty()) {
      throw new java.util.NoSuchElementException("Rule " + code + " is not implemented in " + year.label());
    }
    return flagged(set.returnRules().get(0), Optional.of(header(year)), children, year);
  }
}
