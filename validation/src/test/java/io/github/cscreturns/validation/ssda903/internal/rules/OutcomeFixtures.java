package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.CareLeaverAccommodation;
import io.github.cscreturns.codesets.ssda903.CareLeaverActivity;
import io.github.cscreturns.codesets.ssda903.InTouch;
import io.github.cscreturns.codesets.ssda903.Oc2Flag;
import io.github.cscreturns.codesets.ssda903.ReasonNewEpisode;
import io.github.cscreturns.core.ssda903.CareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.HealthOutcomes;
import io.github.cscreturns.core.ssda903.ImmutableCareLeaverCheckpoint;
import io.github.cscreturns.core.ssda903.ImmutableChild;
import io.github.cscreturns.core.ssda903.ImmutableHealthOutcomes;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;

/** OC2 records and children of the OC2 cohort for the outcome and care leaver rule tests. */
final class OutcomeFixtures {
  private OutcomeFixtures() {}

  /** Every collection year with a rule set, for parameterised tests. */
  static final String[] YEARS = {"Y2022_23", "Y2023_24", "Y2024_25", "Y2025_26", "Y2026_27"};

  /** An OC2 record of a child of the cohort aged 10 or over: SDQ score 12, every item answered 0. */
  static ImmutableHealthOutcomes.Builder completeOc2() {
    return HealthOutcomes.builder()
        .sdqScore(12)
        .convicted(Oc2Flag.NO)
        .healthCheck(Oc2Flag.NO)
        .immunisations(Oc2Flag.YES)
        .teethCheck(Oc2Flag.YES)
        .healthAssessment(Oc2Flag.YES)
        .substanceMisuse(Oc2Flag.NO);
  }

  /** An OC3 record of a care leaver the LA is in touch with: in full-time higher education, living with relatives (suitable). */
  static ImmutableCareLeaverCheckpoint.Builder inTouchCareLeaver() {
    return CareLeaverCheckpoint.builder()
        .inTouch(InTouch.YES)
        .activity(CareLeaverActivity.F1)
        .accommodation(CareLeaverAccommodation.B1);
  }

  /** The {@linkplain RuleTester#child baseline child}, looked after since 1 June two years before the year starts. */
  static ImmutableChild.Builder lookedAfterAllYear(CollectionYear year) {
    return RuleTester.child(year)
        .episodes(
            java.util.List.of(
                RuleTester.episode(year)
                    .start(LocalDate.of(year.startYear() - 2, 6, 1))
                    .reasonNewEpisode(ReasonNewEpisode.S)
                    .build()));
  }

  /** The baseline child, born on the date. */
  static ImmutableChild.Builder bornOn(CollectionYear year, LocalDate dob) {
    return lookedAfterAllYear(year).dob(dob);
  }
}
