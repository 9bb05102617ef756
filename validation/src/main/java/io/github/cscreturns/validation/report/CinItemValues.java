package io.github.cscreturns.validation.report;

import io.github.cscreturns.codesets.Code;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.ChildCharacteristics;
import io.github.cscreturns.core.cin.ChildDisability;
import io.github.cscreturns.core.cin.ChildIdentifiers;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The items of a CIN census record by their DfE element names, as {@link ItemValue}s: the typed value
 * (dates as the DfE writes them, yyyy-mm-dd; codes as coded), or the text that did not parse, or blank.
 * Items a record holds several of (AssessmentFactors, CPPreviewDate) give their values joined by "; ".
 */
final class CinItemValues {
  private CinItemValues() {}

  /** Every record of the child, in the order the file holds them, each once. */
  static void forEachRecord(CinChild child, Consumer<CinRecord> each) {
    each.accept(child.identifiers());
    child.characteristics().ifPresent(each);
    child.disabilities().forEach(each);
    for (CinDetails d : child.cinDetails()) {
      each.accept(d);
      d.assessments().forEach(each);
      d.cinPlanDates().forEach(each);
      d.section47().forEach(each);
      for (ChildProtectionPlan p : d.childProtectionPlans()) {
        each.accept(p);
        p.reviews().forEach(each);
      }
    }
  }

  /** The item's value in the record, if the record's table has the item. */
  static Optional<ItemValue> valueOf(CinRecord record, String item) {
    Optional<?> typed;
    if (record instanceof ChildIdentifiers i) {
      typed = switch (item) {
        case "LAchildID" -> i.laChildId().map(c -> c.value());
        case "UPN" -> i.upn().map(u -> u.value());
        case "FormerUPN" -> i.formerUpn().map(u -> u.value());
        case "UPNunknown" -> i.upnUnknown();
        case "PersonBirthDate" -> i.birthDate();
        case "ExpectedPersonBirthDate" -> i.expectedBirthDate();
        case "GenderCurrent" -> i.genderCurrent();
        case "Sex" -> i.sex();
        case "PersonDeathDate" -> i.deathDate();
        default -> null;
      };
    } else if (record instanceof ChildCharacteristics c) {
      typed = item.equals("Ethnicity") ? c.ethnicity() : null;
    } else if (record instanceof ChildDisability d) {
      typed = item.equals("Disability") ? d.disability() : null;
    } else if (record instanceof CinDetails d) {
      typed = switch (item) {
        case "CINreferralDate" -> d.referralDate();
        case "ReferralSource" -> d.referralSource();
        case "PrimaryNeedCode" -> d.primaryNeed();
        case "CINclosureDate" -> d.closureDate();
        case "ReasonForClosure" -> d.reasonForClosure();
        case "DateOfInitialCPC" -> d.dateOfInitialCpc();
        case "ReferralNFA" -> d.referralNfa();
        default -> null;
      };
    } else if (record instanceof Assessment a) {
      if (item.equals("AssessmentFactors")) {
        return Optional.of(a.factorTexts().isEmpty() ? ItemValue.blank(item)
            : new ItemValue(item, ItemValue.Kind.VALUE, String.join("; ", a.factorTexts()), Optional.empty()));
      }
      typed = switch (item) {
        case "AssessmentActualStartDate" -> a.startDate();
        case "AssessmentInternalReviewDate" -> a.internalReviewDate();
        case "AssessmentAuthorisationDate" -> a.authorisationDate();
        default -> null;
      };
    } else if (record instanceof CinPlanDates p) {
      typed = switch (item) {
        case "CINPlanStartDate" -> p.startDate();
        case "CINPlanEndDate" -> p.endDate();
        default -> null;
      };
    } else if (record instanceof Section47 s) {
      typed = switch (item) {
        case "S47ActualStartDate" -> s.startDate();
        case "InitialCPCtarget" -> s.initialCpcTarget();
        case "DateOfInitialCPC" -> s.dateOfInitialCpc();
        case "ICPCnotRequired" -> s.icpcNotRequired();
        default -> null;
      };
    } else if (record instanceof ChildProtectionPlan p) {
      typed = switch (item) {
        case "CPPstartDate" -> p.startDate();
        case "CPPendDate" -> p.endDate();
        case "InitialCategoryOfAbuse" -> p.initialCategoryOfAbuse();
        case "LatestCategoryOfAbuse" -> p.latestCategoryOfAbuse();
        case "NumberOfPreviousCPP" -> p.numberOfPreviousPlans().isPresent() ? Optional.of(p.numberOfPreviousPlans().getAsInt()) : Optional.empty();
        default -> null;
      };
    } else if (record instanceof CppReviews r) {
      if (!item.equals("CPPreviewDate")) {
        return Optional.empty();
      }
      List<String> texts = new ArrayList<>(r.reviewDateTexts());
      return Optional.of(texts.isEmpty() ? ItemValue.blank(item)
          : new ItemValue(item, ItemValue.Kind.VALUE, String.join("; ", texts), Optional.empty()));
    } else {
      typed = null;
    }
    if (typed == null) {
      return Optional.empty();
    }
    if (typed.isPresent()) {
      Object v = typed.get();
      if (v instanceof LocalDate date) {
        return Optional.of(new ItemValue(item, ItemValue.Kind.VALUE, date.toString(), Optional.of(date)));
      }
      return Optional.of(new ItemValue(item, ItemValue.Kind.VALUE, v instanceof Code code ? code.code() : String.valueOf(v), Optional.empty()));
    }
    return Optional.of(record.unparsed(item)
        .map(t -> new ItemValue(item, ItemValue.Kind.UNPARSED, t, Optional.<LocalDate>empty()))
        .orElse(ItemValue.blank(item)));
  }
}
