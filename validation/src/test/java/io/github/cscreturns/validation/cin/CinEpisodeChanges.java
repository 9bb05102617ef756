package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.ChildProtectionPlan;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.core.cin.CinPlanDates;
import io.github.cscreturns.core.cin.CppReviews;
import io.github.cscreturns.core.cin.ImmutableChildIdentifiers;
import io.github.cscreturns.core.cin.ImmutableChildProtectionPlan;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import io.github.cscreturns.core.cin.ImmutableSection47;
import io.github.cscreturns.core.cin.Section47;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The baseline child of {@link CinRuleTester} with its episode's CIN plans, section 47 enquiries or
 * child protection plans changed, for the tests of the CIN plan and section 47 rules.
 */
final class CinEpisodeChanges {
  private CinEpisodeChanges() {}

  /** The collection years whose DfE catalogue has the rule. */
  static List<CollectionYear> yearsWith(String code) {
    return CinRuleTester.yearsWith(code);
  }

  /** The year's 1 April plus {@code days}. */
  static LocalDate day(CollectionYear year, int days) {
    return CinRuleTester.day(year, days);
  }

  /** The baseline child with its episode changed. */
  static CinChild withEpisode(CollectionYear year, UnaryOperator<ImmutableCinDetails> change) {
    return CinRuleTester.withEpisode(year, change);
  }

  /** The baseline child with these CIN plans in its episode. */
  static CinChild withPlans(CollectionYear year, CinPlanDates... plans) {
    return withEpisode(year, e -> e.withCinPlanDates(plans));
  }

  /** The baseline child with its enquiry changed. */
  static CinChild withEnquiry(CollectionYear year, UnaryOperator<ImmutableSection47> change) {
    return withEpisode(year, e -> e.withSection47(change.apply(ImmutableSection47.copyOf(e.section47().get(0)))));
  }

  /** The baseline child with these enquiries in its episode. */
  static CinChild withEnquiries(CollectionYear year, Section47... enquiries) {
    return withEpisode(year, e -> e.withSection47(enquiries));
  }

  /** The baseline child with its child protection plan changed. */
  static CinChild withProtectionPlan(CollectionYear year, UnaryOperator<ImmutableChildProtectionPlan> change) {
    return withEpisode(year, e -> e.withChildProtectionPlans(change.apply(ImmutableChildProtectionPlan.copyOf(e.childProtectionPlans().get(0)))));
  }

  /** The baseline child with a date of death. */
  static CinChild withDeath(CinChild child, LocalDate death) {
    return CinChild.builder().from(child).identifiers(ImmutableChildIdentifiers.copyOf(child.identifiers()).withDeathDate(death)).build();
  }

  /** A CIN plan from {@code start} to {@code end}. */
  static CinPlanDates plan(LocalDate start, LocalDate end) {
    return CinPlanDates.builder().startDate(start).endDate(end).build();
  }

  /** A CIN plan from {@code start}, still open. */
  static CinPlanDates openPlan(LocalDate start) {
    return CinPlanDates.builder().startDate(start).build();
  }

  /** A section 47 enquiry from {@code start} with its conference on {@code conference}. */
  static ImmutableSection47 enquiry(LocalDate start, LocalDate conference) {
    return Section47.builder().startDate(start).dateOfInitialCpc(conference).icpcNotRequired(YesNo.FALSE).build();
  }

  /** A section 47 enquiry from {@code start}, with no conference yet and one required. */
  static ImmutableSection47 openEnquiry(LocalDate start) {
    return Section47.builder().startDate(start).icpcNotRequired(YesNo.FALSE).build();
  }

  /** A child protection plan from {@code start} to {@code end}, with these reviews. */
  static ChildProtectionPlan protectionPlan(LocalDate start, LocalDate end, LocalDate... reviews) {
    return ImmutableChildProtectionPlan.copyOf(openProtectionPlan(start, reviews)).withEndDate(end);
  }

  /** A child protection plan from {@code start}, still open, with these reviews. */
  static ChildProtectionPlan openProtectionPlan(LocalDate start, LocalDate... reviews) {
    ImmutableChildProtectionPlan.Builder b = ChildProtectionPlan.builder().startDate(start);
    if (reviews.length > 0) {
      b.addReviews(CppReviews.builder().addAllReviewDateTexts(List.of(reviews).stream().map(LocalDate::toString).toList()).build());
    }
    return b.build();
  }

  /** The episode of the child. */
  static CinDetails episodeOf(CinChild child) {
    return CinRuleTester.episode(child);
  }
}
