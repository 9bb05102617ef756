package io.github.cscreturns.core.cin;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.AssessmentFactor;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.core.SourceLocation;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CinChildTest {
  private static final LocalDate MARCH_31 = LocalDate.of(2025, 3, 31);

  private static CinChild child() {
    CinDetails closed =
        CinDetails.builder()
            .referralDate(LocalDate.of(2024, 4, 10))
            .closureDate(LocalDate.of(2024, 9, 1))
            .referralNfa(YesNo.FALSE)
            .addAssessments(
                Assessment.builder()
                    .startDate(LocalDate.of(2024, 4, 11))
                    .authorisationDate(LocalDate.of(2024, 5, 20))
                    .addFactorTexts("21", "18A", "xx")
                    .build())
            .build();
    CinDetails open =
        CinDetails.builder()
            .referralDate(LocalDate.of(2024, 11, 2))
            .referralNfa(YesNo.FALSE)
            .addCinPlanDates(CinPlanDates.builder().startDate(LocalDate.of(2024, 11, 20)).endDate(LocalDate.of(2025, 1, 5)).build())
            .addChildProtectionPlans(
                ChildProtectionPlan.builder()
                    .startDate(LocalDate.of(2025, 1, 6))
                    .addReviews(CppReviews.builder().addReviewDateTexts("2025-02-01", "2025-03-20", "2025-13-01").build())
                    .build())
            .build();
    return CinChild.builder()
        .identifiers(ChildIdentifiers.builder().laChildId(ChildId.of("C1")).birthDate(LocalDate.of(2015, 6, 1)).build())
        .addCinDetails(closed, open)
        .build();
  }

  @Test
  void openEpisodesAndPlansAtTheReferenceDate() {
    CinChild child = child();
    assertThat(child.episodesOpenOn(MARCH_31)).containsExactly(child.cinDetails().get(1));
    assertThat(child.isOpenOn(LocalDate.of(2024, 10, 1))).isFalse();
    assertThat(child.childProtectionPlansOpenOn(MARCH_31)).hasSize(1);
    assertThat(child.cinPlansOpenOn(MARCH_31)).isEmpty();
    assertThat(child.cinPlansOpenOn(LocalDate.of(2025, 1, 5))).hasSize(1);
    assertThat(child.ageOn(MARCH_31)).contains(9);
    assertThat(child.isUnborn()).isFalse();
  }

  @Test
  void assessmentDaysToCompletionAndFactorsAsWritten() {
    Assessment a = child().assessments().get(0);
    assertThat(a.daysToCompletion()).contains(39L);
    assertThat(a.factorTexts()).containsExactly("21", "18A", "xx");
    assertThat(a.factors()).containsExactly(AssessmentFactor.NO_FACTORS_IDENTIFIED_21, AssessmentFactor.ABUSE_OR_NEGLECT_PHYSICAL_ABUSE_18A);
    assertThat(a.factorsGroupWritten()).isTrue();
    assertThat(a.isOpenOn(LocalDate.of(2024, 5, 19))).isTrue();
    assertThat(a.isOpenOn(LocalDate.of(2024, 5, 20))).isFalse();
  }

  @Test
  void everyReviewDateIsKeptAndBadOnesStayAsWritten() {
    ChildProtectionPlan plan = child().cinDetails().get(1).childProtectionPlans().get(0);
    assertThat(plan.reviewDates()).containsExactly(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 20));
    assertThat(plan.reviews().get(0).reviewDateTexts()).hasSize(3).endsWith("2025-13-01");
  }

  @Test
  void unparsedTextIsKeptAndBlankIsToldApartFromAbsent() {
    CinDetails d = CinDetails.builder().putUnparsed("CINreferralDate", "2024-13-01").putUnparsed("CINclosureDate", "").build();
    assertThat(d.referralDate()).isEmpty();
    assertThat(d.unparsed("CINreferralDate")).contains("2024-13-01");
    assertThat(d.isPresent("CINclosureDate", d.closureDate())).isTrue();
    assertThat(d.hasContent("CINclosureDate", d.closureDate())).isFalse();
    assertThat(d.isPresent("ReasonForClosure", d.reasonForClosure())).isFalse();
    assertThat(d.isOpenOn(MARCH_31)).isFalse();
  }

  @Test
  void sourceIsNotPartOfEquality() {
    Section47 a = Section47.builder().startDate(LocalDate.of(2024, 5, 1)).icpcNotRequired(YesNo.YES).build();
    Section47 b = Section47.builder().from(a).source(SourceLocation.of("return.xml", 40)).build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.isOpen()).isFalse();
    assertThat(Section47.builder().build().isOpen()).isTrue();
  }

  @Test
  void theReferenceDateNamesTheCollectionYear() {
    CinReturn r = CinReturn.builder().header(CinHeader.builder().referenceDate(MARCH_31).build()).build();
    assertThat(r.collectionYear()).contains(CollectionYear.Y2024_25);
    assertThat(CinTable.byDfeName("cinplandates")).contains(CinTable.CIN_PLAN_DATES);
  }

  @Test
  void theReturnNamesTheChildrenAndPlansOpenAtTheReferenceDate() {
    CinChild closedBefore =
        CinChild.builder()
            .identifiers(ChildIdentifiers.builder().laChildId(ChildId.of("C2")).build())
            .addCinDetails(CinDetails.builder().referralDate(LocalDate.of(2024, 4, 1)).closureDate(LocalDate.of(2025, 3, 30)).build())
            .build();
    CinReturn r =
        CinReturn.builder()
            .header(CinHeader.builder().referenceDate(MARCH_31).build())
            .addChildren(child(), closedBefore)
            .build();
    assertThat(r.referenceDate()).contains(MARCH_31);
    assertThat(r.childrenOpenAtReferenceDate()).containsExactly(child());
    assertThat(CinReturn.referenceDateOf(CollectionYear.Y2024_25)).isEqualTo(MARCH_31);
    assertThat(child().childProtectionPlansOpenAtReferenceDate(CollectionYear.Y2024_25)).hasSize(1);
    assertThat(child().cinPlansOpenAtReferenceDate(CollectionYear.Y2024_25)).isEmpty();
    assertThat(CinReturn.builder().build().childrenOpenAtReferenceDate()).isEmpty();
  }

  @Test
  void unparsedTextIsPartOfEqualityAndTheChildsSourceIsNot() {
    CinDetails a = CinDetails.builder().putUnparsed("ReferralSource", "1a").build();
    CinDetails b = CinDetails.builder().putUnparsed("ReferralSource", "1A ").build();
    assertThat(a).isNotEqualTo(b);
    CinChild located = CinChild.builder().from(child()).source(SourceLocation.of("return.xml", 3)).build();
    assertThat(located).isEqualTo(child()).hasSameHashCodeAs(child());
    assertThat(child().identifiersRecorded()).isTrue();
  }

  @Test
  void headerGroupsAreWrittenWhenTheyHoldAnItemUnlessToldOtherwise() {
    CinHeader onlySource = CinHeader.builder().lea("318").build();
    assertThat(onlySource.sourceWritten()).isTrue();
    assertThat(onlySource.collectionDetailsWritten()).isFalse();
    CinHeader emptyGroups = CinHeader.builder().collectionDetailsWritten(true).sourceWritten(true).build();
    assertThat(emptyGroups).isNotEqualTo(CinHeader.builder().build());
  }
}
