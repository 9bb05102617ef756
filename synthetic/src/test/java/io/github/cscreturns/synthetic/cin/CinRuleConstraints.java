package io.github.cscreturns.synthetic.cin;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.codesets.cin.Disability;
import io.github.cscreturns.codesets.cin.GenderCurrent;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.codesets.cin.Sex;
import io.github.cscreturns.codesets.cin.UpnLaCode;
import io.github.cscreturns.codesets.cin.UpnUnknownReason;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinReturn;
import io.github.cscreturns.core.cin.Section47;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The main constraints of the DfE CIN rules, checked directly on a return (the CIN rule engine is
 * separate): each violation names its rule and the child's position, never a value. Dates of the
 * working-day rules are checked with weekends only and a margin for bank holidays.
 */
final class CinRuleConstraints {
  private final CollectionYear year;
  private final LocalDate start;
  private final LocalDate end;
  private final List<String> violations = new ArrayList<>();
  private int position;

  private CinRuleConstraints(CollectionYear year) {
    this.year = year;
    this.start = LocalDate.of(year.startYear(), 4, 1);
    this.end = CinReturn.referenceDateOf(year);
  }

  /** Every violation in the return, as "rule (child n): what". */
  static List<String> check(CinReturn cin, CollectionYear year) {
    CinRuleConstraints c = new CinRuleConstraints(year);
    c.checkReturn(cin);
    return c.violations;
  }

  private void fail(String rule, String what) {
    violations.add(rule + " (child " + position + "): " + what);
  }

  private void require(boolean ok, String rule, String what) {
    if (!ok) {
      fail(rule, what);
    }
  }

  private void checkReturn(CinReturn cin) {
    position = -1;
    require(cin.referenceDate().equals(Optional.of(end)), "100", "reference date");
    Set<String> ids = new HashSet<>();
    Set<String> upns = new HashSet<>();
    Set<Disability> disabilityCodes = new HashSet<>();
    boolean someoneWithTwo = false;
    int cppStarts = 0;
    int icpcs = 0;
    int noSex = 0;
    for (CinChild c : cin.children()) {
      position++;
      ChildIdentifiers id = c.identifiers();
      String childId = c.childIdText();
      require(!childId.isEmpty(), "8500", "LA child ID");
      require(ids.add(childId), "8510", "LA child ID repeated");
      if (year.isEqualOrNewerThan(CollectionYear.Y2024_25)) {
        require(childId.length() <= 20, "1570", "LA child ID length");
        require(childId.chars().allMatch(Character::isLetterOrDigit), "1580", "LA child ID characters");
      }
      id.upn().ifPresent(u -> {
        require(u.isWellFormed() && u.hasValidCheckLetter(), "1510", "check letter");
        require(upns.add(u.value()), "1520", "UPN repeated");
        require(UpnLaCode.CODESET.isValid(u.value().substring(1, 4), year), "1530", "LA code of the UPN");
        require(u.value().substring(4, 12).chars().allMatch(Character::isDigit), "1540", "UPN digits");
        require(u.value().matches(".{12}[0-9A-HJ-NP-RT-Z]"), "1550", "UPN character 13");
      });
      id.formerUpn().ifPresent(u -> require(u.value().matches("[A-Za-z]\\d{12}|[A-Za-z]\\d{11}[A-Za-z]"), "1560Q", "former UPN"));
      require(id.upn().isEmpty() || id.upnUnknown().isEmpty(), "UPN", "both a UPN and a reason it is unknown");
      id.upnUnknown().ifPresent(u -> valid(u, "UPNunknown"));
      require(id.birthDate().isPresent() != id.expectedBirthDate().isPresent(), "8525Q", "birth or expected birth");
      id.birthDate().ifPresent(b -> require(!b.isAfter(end), "8520", "birth after the reference date"));
      id.expectedBirthDate().ifPresent(b -> require(!b.isBefore(end.minusDays(30)) && !b.isAfter(end.plusMonths(9)), "8530Q", "expected birth"));
      boolean unborn = c.isUnborn();
      if (Sex.CODESET.validCodes(year).isEmpty()) {
        require(id.genderCurrent().isPresent() && id.sex().isEmpty(), "4180", "GenderCurrent");
        id.genderCurrent().ifPresent(g -> valid(g, "GenderCurrent"));
        require(!unborn || id.genderCurrent().equals(Optional.of(GenderCurrent.NOT_RECORDED_OR_UNBORN)), "8750", "unborn");
        if (!unborn && id.genderCurrent().equals(Optional.of(GenderCurrent.NOT_RECORDED_OR_UNBORN))) {
          noSex++;
        }
      } else {
        require(id.sex().isPresent() && id.genderCurrent().isEmpty(), "4180", "Sex");
        id.sex().ifPresent(g -> valid(g, "Sex"));
        require(!unborn || id.sex().equals(Optional.of(Sex.UNKNOWN)), "8750", "unborn");
        if (!unborn && id.sex().equals(Optional.of(Sex.UNKNOWN))) {
          noSex++;
        }
      }
      id.deathDate().ifPresent(d -> {
        require(id.birthDate().map(b -> !d.isBefore(b)).orElse(false), "8535Q", "death before birth");
        require(!d.isBefore(start) && !d.isAfter(end), "8545Q", "death in the year");
      });
      require(c.characteristics().flatMap(ch -> ch.ethnicity()).map(e -> e.isValidIn(year)).orElse(false), "4220", "ethnicity");
      boolean furtherAction = c.cinDetails().stream().anyMatch(d -> !d.isReferralNfa());
      require(!(id.birthDate().isPresent() && furtherAction) || !c.disabilities().isEmpty(), "8540", "disabilities");
      List<Disability> ds = c.disabilities().stream().map(ChildDisability::disability).map(Optional::orElseThrow).toList();
      ds.forEach(d -> valid(d, "Disability"));
      require(!ds.contains(Disability.NO_DISABILITY) || ds.size() == 1, "8790", "NONE with others");
      require(new HashSet<>(ds).size() == ds.size(), "8794", "disability repeated");
      ds.stream().filter(d -> d != Disability.NO_DISABILITY).forEach(disabilityCodes::add);
      someoneWithTwo |= ds.size() > 1;
      if (furtherAction && id.birthDate().isPresent()) {
        LocalDate schoolAge = year.isEqualOrNewerThan(CollectionYear.Y2024_25)
            ? LocalDate.of(end.getYear() - 6, 8, 31) : end.minusYears(6);
        if (!id.birthDate().get().isAfter(schoolAge)) {
          require(id.upn().isPresent() || id.upnUnknown().filter(u -> u != UpnUnknownReason.UN1).isPresent(), "8770Q", "UPN of a child of school age");
        }
      }
      if (id.upnUnknown().equals(Optional.of(UpnUnknownReason.UN7))) {
        require(!furtherAction, "8772", "UN7 with further action");
      }
      id.birthDate().ifPresent(b -> require(!b.isBefore(end.minusYears(25)), "8775Q", "over 25"));
      require(!c.cinDetails().isEmpty(), "8590", "no episode");
      checkEpisodes(c);
      for (CinDetails d : c.cinDetails()) {
        for (ChildProtectionPlan p : d.childProtectionPlans()) {
          if (!p.startDate().orElseThrow().isBefore(start)) {
            cppStarts++;
          }
        }
        for (Section47 s : d.section47()) {
          if (s.dateOfInitialCpc().isPresent()) {
            icpcs++;
          }
        }
        if (d.dateOfInitialCpc().isPresent()) {
          icpcs++;
        }
      }
    }
    position = -1;
    require(cppStarts <= icpcs, "2883", "more plans starting than conferences");
    if (cin.children().size() >= CinChildDraw.CHILDREN_WITH_FIXED_DISABILITIES) {
      require(disabilityCodes.size() > 7, "2887Q", "fewer than 8 disability codes");
      require(someoneWithTwo, "2888Q", "no child with two disabilities");
    }
    require(noSex <= 0.02 * cin.children().size(), "2886Q", "more than 2% without sex");
  }

  private void valid(Code code, String item) {
    require(code.isValidIn(year), "code", item + " " + code.code() + " not valid in " + year.label());
  }

  private void checkEpisodes(CinChild c) {
    ChildIdentifiers id = c.identifiers();
    Optional<LocalDate> death = id.deathDate();
    List<CinDetails> eps = c.cinDetails();
    int openFurther = 0;
    int openPlans = 0;
    LocalDate latestReferral = eps.stream().map(d -> d.referralDate().orElseThrow()).max(LocalDate::compareTo).orElseThrow();
    for (CinDetails d : eps) {
      LocalDate ref = d.referralDate().orElseThrow();
      require(!ref.isAfter(end), "8600", "referral after the reference date");
      LocalDate born = id.birthDate().or(id::expectedBirthDate).orElseThrow();
      require(!ref.isBefore(born.minusDays(280)), "8606", "referral 40 weeks before birth");
      require(d.referralSource().map(s -> s.isValidIn(year)).orElse(false), "8866", "referral source");
      require(d.referralNfa().isPresent(), "8568", "ReferralNFA");
      boolean nfa = d.isReferralNfa();
      require(nfa || d.primaryNeed().isPresent(), "8610", "primary need");
      d.primaryNeed().ifPresent(p -> valid(p, "PrimaryNeedCode"));
      require(!nfa || !ref.isBefore(start), "8569Q", "NFA referral before the year");
      require(d.closureDate().isPresent() == d.reasonForClosure().isPresent(), "8805/8810", "closure and reason");
      d.reasonForClosure().ifPresent(r -> valid(r, "ReasonForClosure"));
      death.ifPresent(dd -> require(!ref.isAfter(dd), "8555Q", "referral after death"));
      if (d.reasonForClosure().equals(Optional.of(ReasonForClosure.DIED))) {
        require(death.isPresent(), "8585Q", "died without a date of death");
      }
      if (nfa) {
        require(d.assessments().isEmpty() && d.section47().isEmpty() && d.dateOfInitialCpc().isEmpty(), "8831", "activity on an NFA referral");
        require(d.childProtectionPlans().isEmpty(), "8832", "plan on an NFA referral");
        require(d.cinPlanDates().isEmpty(), "4000", "CIN plan on an NFA referral");
      }
      boolean closedAfterAssessment = d.reasonForClosure().filter(r -> r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_NO_FURTHER_ACTION
          || r == ReasonForClosure.CLOSED_AFTER_ASSESSMENT_REFERRED_TO_EARLY_HELP).isPresent();
      if (closedAfterAssessment) {
        require(d.childProtectionPlans().isEmpty() && d.dateOfInitialCpc().isEmpty() && d.cinPlanDates().isEmpty(), "2990", "activity after RC8/RC9");
        require(!d.assessments().isEmpty(), "8825Q", "RC8/RC9 without an assessment");
      }
      List<LocalDate> activity = new ArrayList<>();
      d.dateOfInitialCpc().ifPresent(activity::add);
      d.dateOfInitialCpc().ifPresent(i -> require(!i.isBefore(ref), "1104", "conference before referral"));
      Optional<LocalDate> closure = d.closureDate();
      closure.ifPresent(cl -> {
        require(!cl.isBefore(start) && !cl.isAfter(end), "8620", "closure in the year");
        require(!cl.isBefore(ref), "8630", "closure before referral");
      });
      if (closure.isEmpty() && !nfa) {
        openFurther++;
        require(ref.equals(latestReferral), "8816", "open episode not the latest");
      }
      for (CinDetails other : eps) {
        if (other == d) {
          continue;
        }
        LocalDate oref = other.referralDate().orElseThrow();
        Optional<LocalDate> until = other.closureDate().or(() -> other.isReferralNfa() ? Optional.empty() : Optional.of(end));
        until.ifPresent(u -> require(ref.isBefore(oref) || ref.isAfter(u), "8820", "episodes overlap"));
      }
      // Assessments
      int openAssessments = 0;
      for (Assessment a : d.assessments()) {
        LocalDate as = a.startDate().orElseThrow();
        activity.add(as);
        require(!as.isBefore(ref), "1103", "assessment before referral");
        Optional<LocalDate> au = a.authorisationDate();
        au.ifPresent(activity::add);
        au.ifPresent(x -> require(!x.isBefore(as), "8608", "authorised before start"));
        au.ifPresent(x -> require(!x.isBefore(start) && !x.isAfter(end), "8696", "authorised in the year"));
        List<String> f = a.factorTexts();
        if (au.isEmpty()) {
          openAssessments++;
          require(f.isEmpty(), "8614", "factors on an open assessment");
          require(!as.isBefore(start) && !as.isAfter(end), "8736", "open assessment started in the year");
          require(!as.isBefore(workingDaysBefore(end, 40)), "8670Q", "open assessment started too long ago");
          require(closure.isEmpty(), "8867", "closed with an open assessment");
        } else {
          require(!f.isEmpty(), "8897Q", "no factors");
          f.forEach(t -> require(AssessmentFactor.CODESET.isValid(t, year), "8897Q", "factor " + t + " not valid in " + year.label()));
          require(!f.contains("21") || f.size() == 1, "8869", "21 with others");
          require(new HashSet<>(f).size() == f.size(), "8898", "factor repeated");
          require(!f.contains("18A") && !f.contains("19A") || !year.isEqualOrNewerThan(CollectionYear.Y2024_25), "8945Q/8950Q", "18A or 19A");
          if (d.assessments().size() == 1 && f.contains("21")) {
            require(closedAfterAssessment, "8873Q", "21 without RC8/RC9");
          }
        }
        for (Assessment b : d.assessments()) {
          if (b != a) {
            LocalDate bs = b.startDate().orElseThrow();
            LocalDate be = b.authorisationDate().orElse(end);
            require(as.isBefore(bs) || as.isAfter(be), "8863Q", "assessments overlap");
          }
        }
      }
      require(openAssessments <= 1, "8896", "two open assessments");
      require(d.section47().isEmpty() || !d.assessments().isEmpty(), "2991Q", "section 47 without assessment");
      // Section 47
      int openS47 = 0;
      Set<LocalDate> s47Icpcs = new HashSet<>();
      for (Section47 s : d.section47()) {
        LocalDate ss = s.startDate().orElseThrow();
        activity.add(ss);
        require(!ss.isBefore(ref), "2889", "enquiry before referral");
        s.initialCpcTarget().ifPresent(t -> require(weekday(t), "8870Q", "target at a weekend"));
        Optional<LocalDate> icpc = s.dateOfInitialCpc();
        icpc.ifPresent(i -> {
          activity.add(i);
          s47Icpcs.add(i);
          require(weekday(i), "8875", "conference at a weekend");
          require(!i.isBefore(ss), "8615", "conference before enquiry");
          require(!i.isBefore(start) && !i.isAfter(end), "8715", "conference in the year");
          require(!i.isBefore(ref), "1104", "conference before referral");
        });
        boolean notRequired = s.icpcNotRequired().map(y -> y.isYes()).orElse(false);
        require(s.icpcNotRequired().isPresent(), "ICPCnotRequired", "missing");
        if (icpc.isEmpty() && !notRequired) {
          openS47++;
          require(!ss.isBefore(start) && !ss.isAfter(end), "8740", "open enquiry started in the year");
          require(!ss.isBefore(workingDaysBefore(end, 12)), "8675Q", "open enquiry started too long ago");
          require(closure.isEmpty(), "8868", "closed with an open enquiry");
        }
        for (Section47 o : d.section47()) {
          if (o != s) {
            LocalDate os = o.startDate().orElseThrow();
            Optional<LocalDate> oe = o.dateOfInitialCpc().or(() -> o.icpcNotRequired().map(y -> y.isYes()).orElse(false) ? Optional.empty() : Optional.of(end));
            oe.ifPresent(e -> require(ss.isBefore(os) || ss.isAfter(e), "8890", "enquiries overlap"));
          }
        }
      }
      require(openS47 <= 1, "8839", "two open enquiries");
      d.dateOfInitialCpc().ifPresent(i -> require(!s47Icpcs.contains(i), "2884", "conference at both levels"));
      // Child protection plans
      for (ChildProtectionPlan p : d.childProtectionPlans()) {
        LocalDate ps = p.startDate().orElseThrow();
        require(!ps.isBefore(ref), "1105", "plan before referral");
        require(!ps.isAfter(end), "8720", "plan after the reference date");
        require(p.initialCategoryOfAbuse().map(x -> x.isValidIn(year)).orElse(false), "8905", "initial category");
        require(p.latestCategoryOfAbuse().map(x -> x.isValidIn(year)).orElse(false), "8910", "latest category");
        require(p.numberOfPreviousPlans().isPresent() && p.numberOfPreviousPlans().getAsInt() >= 0, "8730", "previous plans");
        if (!year.isEqualOrNewerThan(CollectionYear.Y2024_25)) {
          require(p.numberOfPreviousPlans().getAsInt() >= 1, "XSD", "NumberOfPreviousCPP is xs:positiveInteger");
        }
        if (!ps.isBefore(start)) {
          require(s47Icpcs.contains(ps) || (d.section47().isEmpty() && d.dateOfInitialCpc().equals(Optional.of(ps))), "2885", "plan not started at a conference");
        }
        death.ifPresent(dd -> require(!ps.isAfter(dd), "8915", "plan after death"));
        p.endDate().ifPresent(pe -> {
          activity.add(pe);
          require(!pe.equals(ps), "8840", "plan starts and ends on a day");
          require(!pe.isBefore(ps), "8925", "plan ends before it starts");
          require(!pe.isBefore(start) && !pe.isAfter(end), "8930", "plan end in the year");
          death.ifPresent(dd -> require(!pe.isAfter(dd), "8920", "plan ends after death"));
        });
        if (p.endDate().isEmpty()) {
          openPlans++;
        }
        require(p.reviews().stream().allMatch(r -> !r.reviewDates().isEmpty()), "8842Q", "reviews without a date");
        for (LocalDate rd : p.reviewDates()) {
          require(rd.isAfter(ps), "8841", "review on or before the plan start");
          for (CinPlanDates cp : d.cinPlanDates()) {
            LocalDate cs = cp.startDate().orElseThrow();
            LocalDate ce = cp.endDate().orElse(end);
            require(rd.isBefore(cs) || rd.isAfter(ce) || p.endDate().equals(Optional.of(rd)), "4003", "review during a CIN plan");
          }
        }
        for (ChildProtectionPlan o : allPlans(c)) {
          if (o != p) {
            LocalDate os = o.startDate().orElseThrow();
            LocalDate oe = o.endDate().orElse(end);
            require(ps.isBefore(os) || ps.isAfter(oe), "8940", "plans overlap");
          }
        }
        for (CinPlanDates cp : d.cinPlanDates()) {
          LocalDate cs = cp.startDate().orElseThrow();
          LocalDate ce = cp.endDate().orElse(end);
          require(ps.isBefore(cs) || ps.isAfter(ce) || cp.endDate().equals(Optional.of(ps)), "4017", "plan starts during a CIN plan");
          LocalDate pe = p.endDate().orElse(end);
          require(cs.isBefore(ps) || cs.isAfter(pe) || p.endDate().equals(Optional.of(cs)), "4016", "CIN plan starts during a plan");
          require(!(p.endDate().isEmpty() && cp.endDate().isEmpty()), "4001", "open plan and open CIN plan");
        }
      }
      // CIN plans
      if (!d.cinPlanDates().isEmpty()) {
        require(year.isEqualOrNewerThan(CollectionYear.Y2021_22), "schema", "CINPlanDates before 2021-22");
      }
      int openCinPlans = 0;
      for (CinPlanDates cp : d.cinPlanDates()) {
        LocalDate cs = cp.startDate().orElseThrow();
        activity.add(cs);
        require(!cs.isAfter(end), "4010", "CIN plan after the reference date");
        require(!cs.isBefore(ref), "4015", "CIN plan before referral");
        death.ifPresent(dd -> require(!cs.isAfter(dd), "4008", "CIN plan after death"));
        cp.endDate().ifPresent(ce -> {
          activity.add(ce);
          require(!ce.isBefore(cs), "4011", "CIN plan ends before it starts");
          require(!ce.equals(cs), "4012Q", "CIN plan starts and ends on a day");
          require(!ce.isBefore(start) && !ce.isAfter(end), "4013", "CIN plan end in the year");
          death.ifPresent(dd -> require(!ce.isAfter(dd), "4009Q", "CIN plan ends after death"));
        });
        if (cp.endDate().isEmpty()) {
          openCinPlans++;
        }
        for (CinPlanDates o : d.cinPlanDates()) {
          if (o != cp) {
            LocalDate os = o.startDate().orElseThrow();
            LocalDate oe = o.endDate().orElse(end);
            require(cs.isBefore(os) || cs.isAfter(oe), "4014", "CIN plans overlap");
          }
        }
      }
      require(openCinPlans <= 1, "4004", "two open CIN plans");
      closure.ifPresent(cl -> activity.forEach(a -> require(!cl.isBefore(a), "8565", "activity after closure")));
    }
    require(openFurther <= 1, "8815", "two open episodes");
    require(openPlans <= 1, "8935", "two open plans");
  }

  private static List<ChildProtectionPlan> allPlans(CinChild c) {
    return c.cinDetails().stream().flatMap(d -> d.childProtectionPlans().stream()).toList();
  }

  private static boolean weekday(LocalDate d) {
    return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /** {@code n} weekdays before the date: the rule's working days less a margin for bank holidays. */
  private static LocalDate workingDaysBefore(LocalDate date, int n) {
    LocalDate d = date;
    for (int left = n; left > 0; ) {
      d = d.minusDays(1);
      if (weekday(d)) {
        left--;
      }
    }
    return d;
  }
}
