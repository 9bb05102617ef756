package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.Assessment;
import io.github.cscreturns.core.cin.CinDetails;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 1103: The assessment start date cannot be before the referral date. DfE logic: "Where present, the
 * &lt;AssessmentActualStartDate&gt; (N00159) should be on or after the &lt;CINReferralDate&gt;
 * (N00100)". Flags the assessment and its CIN episode.
 */
public final class Rule1103 extends BeforeReferralRule<Assessment> {
  @Override
  public String code() {
    return "1103";
  }

  @Override
  List<Assessment> modules(CinDetails episode) {
    return episode.assessments();
  }

  @Override
  Optional<LocalDate> date(Assessment module) {
    return module.startDate();
  }
}
