package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.codesets.cin.CategoryOfAbuse;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.UpnLaCode;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Upn;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableChildIdentifiers;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import io.github.cscreturns.core.cin.ImmutableCinChild;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import io.github.cscreturns.core.cin.ImmutableCppReviews;
import io.github.cscreturns.core.cin.Section47;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One child of a CIN return, drawn from its own seed: who the child is, then the CIN episodes of the
 * year in date order. Every date is chosen inside the limits the year's DfE rules set (see {@link
 * CinGenerator} for the list), with a margin where a rule counts working days.
 */
final class CinChildDraw {
  /** How many of a return's first children carry fixed pairs of disabilities (rules 2887Q and 2888Q). */
  static final int CHILDREN_WITH_FIXED_DISABILITIES = 4;

  private final CollectionYear year;
  private final LocalDate start;
  private final LocalDate end;
  private final SplittableRandom r;
  private final CinFigures.Mixes mixes;
  private final boolean cinPlansCollected;
  private final boolean previousPlansPositive;

  private LocalDate birth;
  private boolean unborn;
  private Optional<LocalDate> death = Optional.empty();
  private final List<CinDetails> episodes = new ArrayList<>();

  private CinChildDraw(CollectionYear year, long seed) {
    this.year = year;
    this.start = LocalDate.of(year.startYear(), 4, 1);
    this.end = CinReturn.referenceDateOf(year);
    this.r = new SplittableRandom(seed);
    this.mixes = CinFigures.mixes(year);
    // CINPlanDates is in the schema from the 2021-22 census (CIN_schema_2022.xsd) on.
    this.cinPlansCollected = year.isEqualOrNewerThan(CollectionYear.Y2021_22);
    // The schemas up to 2023-24 type NumberOfPreviousCPP as xs:positiveInteger (rule 8730 allows 0).
    this.previousPlansPositive = !year.isEqualOrNewerThan(CollectionYear.Y2024_25);
  }

  /** The child at position {@code index} of the return, drawn from {@code seed}. */
  static CinChild draw(CollectionYear year, long seed, int index, Optional<LaCode> la) {
    return new CinChildDraw(year, seed).child(index, la);
  }

  private CinChild child(int index, Optional<LaCode> la) {
    boolean fixedDisabilities = index < CHILDREN_WITH_FIXED_DISABILITIES;
    unborn = !fixedDisabilities && r.nextDouble() < CinFigures.SHARE_UNBORN;
    LocalDate expectedBirth = null;
    if (unborn) {
      // Rule 8530Q: from 30 days before to 9 months after the reference date; kept well inside.
      expectedBirth = end.plusDays(14 + r.nextInt(180));
      birth = expectedBirth;
    } else {
      int band = drawIndex(CinFigures.AGE_BAND_WEIGHTS);
      int age = between(CinFigures.AGE_BANDS[band][0], CinFigures.AGE_BANDS[band][1]);
      birth = end.minusYears(age).minusDays(r.nextInt(365));
    }
    boolean male = r.nextDouble() < CinFigures.SHARE_BOYS;

    drawEpisodes(fixedDisabilities);
    boolean allNfa = episodes.stream().allMatch(CinDetails::isReferralNfa);

    ImmutableChildIdentifiers.Builder id = ChildIdentifiers.builder().laChildId(ChildId.of(Integer.toString(1_000_000 + index)));
    boolean schoolAgeSoon = !unborn && birth.isBefore(end.minusYears(4));
    if (unborn) {
      id.upnUnknown(UpnUnknownReason.UN1);
    } else if (schoolAgeSoon) {
      double x = r.nextDouble();
      if (allNfa && x < 0.3) {
        id.upnUnknown(UpnUnknownReason.UN7); // rule 8772: every episode a referral with no further action
      } else if (x > 0.96) {
        id.upnUnknown(mixes.upnUnknownOfSchoolAge.draw(r));
      } else {
        id.upn(upn(la, serial(index)));
        if (r.nextDouble() < 0.01) {
          id.formerUpn(upn(la, serial(index) ^ 0x5A5A5A5));
        }
      }
    } else if (r.nextDouble() < 0.85) {
      id.upnUnknown(UpnUnknownReason.UN1); // under 4 at 31 March: not of school age under either version of 8770Q
    } else {
      id.upn(upn(la, serial(index)));
    }
    if (unborn) {
      id.expectedBirthDate(expectedBirth);
    } else {
      id.birthDate(birth);
    }
    boolean sexCollected = !Sex.CODESET.validCodes(year).isEmpty();
    if (sexCollected) {
      id.sex(unborn ? Sex.UNKNOWN : male ? Sex.MALE : Sex.FEMALE);
    } else {
      id.genderCurrent(unborn ? GenderCurrent.NOT_RECORDED_OR_UNBORN : male ? GenderCurrent.MALE : GenderCurrent.FEMALE);
    }
    death.ifPresent(id::deathDate);

    ImmutableCinChild.Builder child = CinChild.builder()
        .identifiers(id.build())
        .characteristics(ChildCharacteristics.builder().ethnicity(mixes.ethnicity.draw(r)).build());
    if (fixedDisabilities) {
      // The first children between them use eight disability codes, two each (rules 2887Q, 2888Q).
      List<Disability> codes = mixes.disability.codes();
      child.addDisabilities(ChildDisability.of(codes.get(2 * index)), ChildDisability.of(codes.get(2 * index + 1)));
    } else if (!unborn && !allNfa) {
      // Rule 8540: a born child with a referral going on to further action has its disabilities recorded.
      if (r.nextDouble() < CinFigures.SHARE_DISABLED) {
        Set<Disability> drawn = new LinkedHashSet<>();
        int n = 1 + (r.nextDouble() < 0.3 ? 1 + r.nextInt(2) : 0);
        for (int i = 0; i < 8 && drawn.size() < n; i++) {
          drawn.add(mixes.disability.draw(r));
        }
        drawn.forEach(d -> child.addDisabilities(ChildDisability.of(d)));
      } else {
        child.addDisabilities(ChildDisability.of(Disability.NO_DISABILITY));
      }
    }
    return child.addAllCinDetails(episodes).build();
  }

  // ------------------------------------------------------------------ episodes

  private void drawEpisodes(boolean furtherAction) {
    LocalDate earliest = unborn ? max(start, birth.minusDays(250)) : max(start, birth); // rule 8606: 280 days
    boolean openOn1April = !unborn && !birth.isAfter(start.minusDays(60)) && r.nextDouble() < CinFigures.SHARE_OPEN_ON_1_APRIL;
    Episode e;
    if (openOn1April) {
      long back = ChronoUnit.DAYS.between(birth, start.minusDays(30));
      LocalDate referral = start.minusDays(30 + r.nextLong(Math.min(back, 6 * 365L) + 1));
      e = continuing(referral);
    } else {
      LocalDate referral = dateBetween(earliest, end);
      e = referred(referral, furtherAction);
    }
    episodes.add(e.build());
    for (int n = 1; n < 3 && e.closure != null && death.isEmpty(); n++) {
      // Rule 8820: a re-referral comes after the previous episode closed, never inside it.
      if (e.closure.isAfter(end.minusDays(21)) || r.nextDouble() >= CinFigures.CHANCE_REREFERRAL) {
        break;
      }
      e = referred(dateBetween(e.closure.plusDays(7), end), false);
      episodes.add(e.build());
    }
  }

  /** An episode referred in the year. */
  private Episode referred(LocalDate referral, boolean furtherAction) {
    Episode e = new Episode(referral);
    // Rule 8569Q: a referral with no further action is one of the year (kept a week clear of 1 April).
    if (!furtherAction && !referral.isBefore(start.plusDays(7)) && r.nextDouble() < CinFigures.SHARE_REFERRALS_NFA) {
      e.nfa = true;
      e.close(referral, ReasonForClosure.SERVICES_CEASED_FOR_ANY_OTHER_REASON);
      return e;
    }
    e.need();
    LocalDate assessed = min(referral.plusDays(r.nextInt(8)), end);
    int days = 10 + r.nextInt(41);
    LocalDate authorised = assessed.plusDays(days);
    if (authorised.isAfter(end)) {
      // Open at 31 March: started within 50 days of it, well inside rule 8670Q's 45 working days.
      e.assessments.add(Assessment.builder().startDate(assessed).build());
      LocalDate s47 = assessed.plusDays(r.nextInt(4));
      if (!s47.isBefore(end.minusDays(14)) && !s47.isAfter(end) && r.nextDouble() < 0.2) {
        // Open enquiry: started within 14 days of 31 March, inside rule 8675Q's 15 working days.
        e.section47.add(Section47.builder().startDate(s47).initialCpcTarget(addWorkingDays(s47, 15)).icpcNotRequired(YesNo.FALSE).build());
      }
      return e;
    }
    e.touch(authorised);
    double outcome = r.nextDouble();
    if (outcome < CinFigures.SHARE_ASSESSMENTS_NFA) {
      boolean noFactors = r.nextDouble() < 0.5;
      e.assessments.add(assessment(assessed, authorised, noFactors));
      e.close(min(authorised.plusDays(r.nextInt(6)), end), mixes.closureAfterAssessment.draw(r));
      return e;
    }
    e.assessments.add(assessment(assessed, authorised, false));
    if (outcome < CinFigures.SHARE_ASSESSMENTS_NFA + (1 - CinFigures.SHARE_ASSESSMENTS_NFA) * CinFigures.SHARE_ASSESSMENTS_SECTION_47) {
      LocalDate s47 = assessed.plusDays(r.nextInt(days + 1));
      section47(e, s47, authorised);
      return e;
    }
    services(e, min(authorised.plusDays(r.nextInt(15)), end));
    return e;
  }

  /** An episode referred before the year and still open on 1 April. */
  private Episode continuing(LocalDate referral) {
    Episode e = new Episode(referral);
    e.need();
    double state = r.nextDouble();
    if (state < 0.14) {
      // On a plan on 1 April: it started before the year, so its conference is not in this return.
      LocalDate planStart = referral.plusDays(1 + r.nextLong(ChronoUnit.DAYS.between(referral, start) - 1));
      LocalDate planEnd = r.nextDouble() < 0.55 ? dateBetween(start, end) : null;
      plan(e, planStart, planEnd);
      return e;
    }
    LocalDate cinPlanStart = null;
    if (cinPlansCollected && state < 0.64) {
      cinPlanStart = dateBetween(referral, start.minusDays(1));
    }
    if (r.nextDouble() < 0.08) {
      // Stepped up: a new assessment and enquiry in the year, a conference and a plan.
      LocalDate s47 = dateBetween(start.plusDays(1), end.minusDays(60));
      LocalDate authorised = s47.plusDays(10 + r.nextInt(31));
      e.assessments.add(assessment(s47, authorised, false));
      e.touch(authorised);
      LocalDate icpc = addWorkingDays(s47, 10 + r.nextInt(6));
      if (cinPlanStart != null) {
        // Ends the day before the plan starts, so the two never touch (rules 4016, 4017).
        e.cinPlans.add(CinPlanDates.builder().startDate(cinPlanStart).endDate(icpc.minusDays(1)).build());
        e.touch(icpc.minusDays(1));
      }
      e.section47.add(Section47.builder().startDate(s47).initialCpcTarget(addWorkingDays(s47, 15)).dateOfInitialCpc(icpc)
          .icpcNotRequired(YesNo.FALSE).build());
      e.touch(icpc);
      plan(e, icpc, planEndAfter(icpc));
      return e;
    }
    if (cinPlanStart != null) {
      if (r.nextDouble() < 0.6) {
        LocalDate planEnd = dateBetween(start, end);
        e.cinPlans.add(CinPlanDates.builder().startDate(cinPlanStart).endDate(planEnd).build());
        e.touch(planEnd);
        if (r.nextDouble() < 0.85) {
          e.close(min(planEnd.plusDays(r.nextInt(15)), end), closureReason(planEnd));
        }
      } else {
        e.cinPlans.add(CinPlanDates.builder().startDate(cinPlanStart).build());
      }
      return e;
    }
    if (r.nextDouble() < 0.5) {
      LocalDate closure = dateBetween(start, end);
      e.close(closure, closureReason(closure));
    }
    return e;
  }

  /** A section 47 enquiry started on {@code s47}, during an assessment authorised on {@code authorised}. */
  private void section47(Episode e, LocalDate s47, LocalDate authorised) {
    LocalDate target = addWorkingDays(s47, 15);
    if (r.nextDouble() < CinFigures.SHARE_SECTION_47_ICPC) {
      LocalDate icpc = addWorkingDays(s47, 8 + r.nextInt(13));
      if (!icpc.isAfter(end)) {
        e.section47.add(Section47.builder().startDate(s47).initialCpcTarget(target).dateOfInitialCpc(icpc).icpcNotRequired(YesNo.FALSE).build());
        e.touch(icpc);
        if (r.nextDouble() < CinFigures.SHARE_ICPC_PLAN) {
          plan(e, icpc, planEndAfter(icpc));
        } else {
          services(e, min(max(icpc, authorised).plusDays(r.nextInt(8)), end));
        }
        return;
      }
      if (!s47.isBefore(end.minusDays(14))) {
        // Conference still to come at 31 March (rule 8675Q: started within 15 working days of it).
        e.section47.add(Section47.builder().startDate(s47).initialCpcTarget(target).icpcNotRequired(YesNo.FALSE).build());
        return;
      }
    }
    e.section47.add(Section47.builder().startDate(s47).initialCpcTarget(target).icpcNotRequired(YesNo.TRUE).build());
    e.touch(s47);
    if (r.nextDouble() < 0.4) {
      LocalDate closure = min(authorised.plusDays(r.nextInt(15)), end);
      e.close(closure, closureReason(closure));
    } else {
      services(e, min(authorised.plusDays(r.nextInt(15)), end));
    }
  }

  /** When a plan started on {@code planStart} ends, or null if it is still open at 31 March. */
  private LocalDate planEndAfter(LocalDate planStart) {
    LocalDate planEnd = planStart.plusDays(90 + r.nextInt(511));
    return planEnd.isAfter(end) ? null : planEnd;
  }

  /** A child protection plan from {@code planStart} to {@code planEnd} (null: open), then what follows it. */
  private void plan(Episode e, LocalDate planStart, LocalDate planEnd) {
    CategoryOfAbuse initial = mixes.categoryOfAbuse.draw(r);
    CategoryOfAbuse latest = r.nextDouble() < 0.85 ? initial : mixes.categoryOfAbuse.draw(r);
    int previous = r.nextDouble() < CinFigures.SHARE_PLANS_NOT_FIRST ? 1 + (r.nextDouble() < 0.25 ? 1 + r.nextInt(3) : 0) : 0;
    if (previousPlansPositive && previous == 0) {
      previous = 1;
    }
    ImmutableChildProtectionPlan.Builder p = ChildProtectionPlan.builder().startDate(planStart)
        .initialCategoryOfAbuse(initial).latestCategoryOfAbuse(latest).numberOfPreviousPlans(previous);
    // Reviews: the first within three months of the conference, then every six months (rule 8841: after the start).
    LocalDate lastReview = planEnd != null ? planEnd : end;
    ImmutableCppReviews.Builder reviews = CppReviews.builder();
    boolean any = false;
    for (LocalDate d = weekday(planStart.plusDays(60 + r.nextInt(31))); !d.isAfter(lastReview); d = weekday(d.plusDays(150 + r.nextInt(31)))) {
      reviews.addReviewDateTexts(d.toString());
      any = true;
    }
    if (any) {
      p.addReviews(reviews.build());
    }
    if (planEnd != null) {
      p.endDate(planEnd);
      e.touch(planEnd);
    }
    e.plans.add(p.build());
    if (planEnd == null) {
      return;
    }
    LocalDate next = planEnd.plusDays(1);
    if (r.nextDouble() < 0.6 && !next.isAfter(end)) {
      services(e, next); // stepped down the day after the plan ended, so the two never touch
    } else {
      LocalDate closure = min(planEnd.plusDays(r.nextInt(15)), end);
      e.close(closure, closureReason(closure));
    }
  }

  /** Services after assessment from {@code from}: a CIN plan where the year collects them, which may end and the episode close. */
  private void services(Episode e, LocalDate from) {
    LocalDate until = from.plusDays(30 + r.nextInt(240));
    boolean ends = !until.isAfter(end);
    if (cinPlansCollected) {
      e.cinPlans.add(ends ? CinPlanDates.builder().startDate(from).endDate(until).build() : CinPlanDates.builder().startDate(from).build());
    }
    e.touch(from);
    if (ends) {
      e.touch(until);
      if (r.nextDouble() < 0.85) {
        LocalDate closure = min(until.plusDays(r.nextInt(15)), end);
        e.close(closure, closureReason(closure));
      }
    }
  }

  private Assessment assessment(LocalDate started, LocalDate authorised, boolean noFactors) {
    ImmutableAssessment.Builder a = Assessment.builder().startDate(started).authorisationDate(authorised);
    if (noFactors) {
      // Rules 8869 and 8873Q: "21" alone, and only where the episode closes after assessment.
      return a.addFactorTexts(AssessmentFactor.NO_FACTORS_IDENTIFIED_21.code()).build();
    }
    int n = 1 + drawIndex(new double[] {30, 30, 20, 12, 8});
    Set<AssessmentFactor> drawn = new LinkedHashSet<>();
    for (int i = 0; i < 4 * n && drawn.size() < n; i++) {
      drawn.add(mixes.factor.draw(r)); // rule 8898: no code twice
    }
    drawn.forEach(f -> a.addFactorTexts(f.code()));
    return a.build();
  }

  /** A reason for closing an episode other than after assessment, that fits the child closing it on {@code closure}. */
  private ReasonForClosure closureReason(LocalDate closure) {
    for (int i = 0; ; i++) {
      ReasonForClosure reason = i < 8 ? mixes.closure.draw(r) : ReasonForClosure.SERVICES_CEASED_FOR_ANY_OTHER_REASON;
      boolean adult = !unborn && !birth.plusYears(17).isAfter(closure);
      if (reason == ReasonForClosure.TRANSFERRED_TO_ADULT_SOCIAL_CARE_SERVICES && !adult) {
        continue;
      }
      if (reason == ReasonForClosure.ADOPTED && (unborn || birth.plusYears(10).isBefore(closure))) {
        continue;
      }
      if (reason == ReasonForClosure.DIED) {
        if (unborn) {
          continue;
        }
      }
      return reason;
    }
  }

  /** An episode being drawn: its activity so far and the latest date of it (rule 8565). */
  private final class Episode {
    final LocalDate referral;
    boolean nfa;
    LocalDate latest;
    LocalDate closure;
    ReasonForClosure reason;
    boolean needed;
    final List<Assessment> assessments = new ArrayList<>();
    final List<CinPlanDates> cinPlans = new ArrayList<>();
    final List<Section47> section47 = new ArrayList<>();
    final List<ChildProtectionPlan> plans = new ArrayList<>();

    Episode(LocalDate referral) {
      this.referral = referral;
      this.latest = referral;
    }

    void need() {
      needed = true;
    }

    void touch(LocalDate date) {
      latest = max(latest, date);
    }

    void close(LocalDate date, ReasonForClosure why) {
      closure = max(date, latest);
      reason = why;
      if (why == ReasonForClosure.DIED) {
        death = Optional.of(closure); // rules 8585Q, 8545Q: the date of death, in the year, the last of the child's dates
      }
    }

    CinDetails build() {
      ImmutableCinDetails.Builder d = CinDetails.builder().referralDate(referral).referralSource(mixes.referralSource.draw(r))
          .referralNfa(nfa ? YesNo.TRUE : YesNo.FALSE);
      if (needed) {
        d.primaryNeed(mixes.primaryNeed.draw(r));
      }
      if (closure != null) {
        d.closureDate(closure).reasonForClosure(reason);
      }
      return d.addAllAssessments(assessments).addAllCinPlanDates(cinPlans).addAllSection47(section47).addAllChildProtectionPlans(plans).build();
    }
  }

  // ------------------------------------------------------------------ identifiers and dates

  /** The serial of the child's UPN: distinct for every position of a return (7919 is prime to 10^9). */
  private static long serial(int index) {
    return Math.floorMod(index * 7919L + 123_456_789L, 1_000_000_000L);
  }

  /** A UPN: check letter, an LA code the codeset knows in the year, then nine digits. */
  private Upn upn(Optional<LaCode> la, long serial) {
    String laDigits = la.map(LaCode::value).filter(v -> UpnLaCode.CODESET.isValid(v, year))
        .orElseGet(() -> UpnLaCode.CODESET.validCodes(year).get(0).code());
    String digits = Long.toString(Math.floorMod(serial, 1_000_000_000L));
    String rest = laDigits + "000000000".substring(digits.length()) + digits;
    char check = Upn.expectedCheckLetter("?" + rest).orElseThrow();
    return Upn.of(check + rest);
  }

  /** The date {@code n} working days (Monday to Friday) after {@code from}. */
  static LocalDate addWorkingDays(LocalDate from, int n) {
    LocalDate d = from;
    for (int left = n; left > 0; ) {
      d = d.plusDays(1);
      if (isWeekday(d)) {
        left--;
      }
    }
    return d;
  }

  /** The date, or the Monday after it if it falls at a weekend (rules 8870Q, 8875). */
  static LocalDate weekday(LocalDate d) {
    LocalDate w = d;
    while (!isWeekday(w)) {
      w = w.plusDays(1);
    }
    return w;
  }

  private static boolean isWeekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  private int drawIndex(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double x = r.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      x -= weights[i];
      if (x < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private int between(int from, int to) {
    return r.nextInt(from, to + 1);
  }

  private LocalDate dateBetween(LocalDate from, LocalDate to) {
    long span = ChronoUnit.DAYS.between(from, to);
    return span <= 0 ? from : from.plusDays(r.nextLong(span + 1));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
