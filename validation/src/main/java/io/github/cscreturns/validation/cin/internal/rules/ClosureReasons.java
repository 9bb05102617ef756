package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.ReasonForClosure;
import io.github.cscreturns.core.cin.CinDetails;
import java.util.Set;

/** The reasons for closure that say the case closed after an assessment (RC8, RC9). */
final class ClosureReasons {
  private static final Set<ReasonForClosure> AFTER_ASSESSMENT =
      Set.of(ReasonForClosure.parse("RC8").orElseThrow(), ReasonForClosure.parse("RC9").orElseThrow());

  private ClosureReasons() {}

  /**
   * Whether the episode closed with RC8 (case closed after assessment, no further action) or RC9
   * (case closed after assessment, referred to early help).
   *
   * @param episode the CIN episode
   * @return whether the episode's reason for closure is RC8 or RC9
   */
  static boolean isClosedAfterAssessment(CinDetails episode) {
    return episode.reasonForClosure().filter(AFTER_ASSESSMENT::contains).isPresent();
  }
}
