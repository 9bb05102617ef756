package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinDetails;

/** What an episode's ReferralNFA (N00112) says of the referral, as rules 8540, 8770Q and 8772 read it. */
final class ReferralOutcome {
  private ReferralOutcome() {}

  /** Whether ReferralNFA is false or 0: the referral went on to further action. */
  static boolean wentOnToFurtherAction(CinDetails episode) {
    return episode.referralNfa().filter(v -> !v.isYes()).isPresent();
  }

  /** Whether ReferralNFA is true or 1: a referral with no further action. */
  static boolean isNoFurtherAction(CinDetails episode) {
    return episode.referralNfa().filter(YesNo::isYes).isPresent();
  }
}
