package io.github.cscreturns.validation.cin;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinRecord;
import io.github.cscreturns.core.cin.ImmutableAssessment;
import io.github.cscreturns.core.cin.ImmutableCinDetails;
import io.github.cscreturns.core.cin.ImmutableCinPlanDates;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Variations of {@link CinRuleTester}'s baseline child for the CIN episode rules (referral, closure,
 * assessments, CIN plans): its one episode, its one assessment, and the episode closed after all its
 * activity.
 */
final class EpisodeCases {
  private EpisodeCases() {}

  /** The years whose DfE catalogue holds the rule. */
  static List<CollectionYear> yearsWith(String code) {
    return CinRuleTester.yearsWith(code);
  }

  /** The day {@code n} days after the year's 1 April. */
  static LocalDate day(CollectionYear year, int n) {
    return CinRuleTester.day(year, n);
  }

  /** The baseline child with its episode changed. */
  static CinChild withEpisode(CollectionYear year, UnaryOperator<ImmutableCinDetails> change) {
    return CinRuleTester.withEpisode(year, change);
  }

  /** The baseline child with its episode's assessment changed. */
  static CinChild withAssessment(CollectionYear year, UnaryOperator<ImmutableAssessment> change) {
    return withEpisode(year, e -> e.withAssessments(change.apply(ImmutableAssessment.copyOf(e.assessments().get(0)))));
  }

  /** The baseline episode closed on day 250 (RC2), its CIN plan ended that day. */
  static ImmutableCinDetails closed(ImmutableCinDetails e) {
    LocalDate start = e.cinPlanDates().get(0).startDate().orElseThrow();
    LocalDate close = start.plusDays(67);
    return e.withClosureDate(close)
        .withReasonForClosure(ReasonForClosure.parse("RC2").orElseThrow())
        .withCinPlanDates(ImmutableCinPlanDates.copyOf(e.cinPlanDates().get(0)).withEndDate(close));
  }

  /** The closure date of a closed episode. */
  static LocalDate closure(CinChild child) {
    return CinRuleTester.episode(child).closureDate().orElseThrow();
  }

  /** The child's episode. */
  static CinRecord episode(CinChild child) {
    return CinRuleTester.episode(child);
  }

  /** The child's first assessment. */
  static Assessment assessment(CinChild child) {
    return CinRuleTester.episode(child).assessments().get(0);
  }

  /** The records the year's version of the rule flags on the child. */
  static List<CinRecord> flagged(String code, CinChild child, CollectionYear year) {
    return CinRuleTester.flaggedByTheYearsRule(code, child, year);
  }
}
