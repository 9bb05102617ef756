package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.codesets.cin.YesNo;
import io.github.cscreturns.core.cin.CinDetails;

/**
 * The ReferralNFA (N00112) flag of a CIN episode as every DfE rule that reads it does: "= false or 0"
 * and "= true or 1", exactly those values, the XML schema's booleans. A flag written otherwise
 * ("TRUE", "False"), or missing, is neither (rule 8568 reports a missing or unreadable one). The one
 * reading serves rules 4000, 8540, 8610, 8770Q, 8772, 8815, 8816, 8820, 8831 and 8832; on the
 * conformance corpus it agrees with the reference at least as well as reading capitals as true or
 * false did for 4000, 8540 and 8832 (4000 agrees on three more sets, 8540 flags nine fewer rows only
 * we flag), and no differently for the others.
 */
final class ReferralNfa {
  private ReferralNfa() {}

  /**
   * Whether the episode's ReferralNFA is false or 0: the referral led to further action.
   *
   * @param episode the CIN episode
   * @return whether ReferralNFA is false or 0
   */
  static boolean isFalse(CinDetails episode) {
    return episode.referralNfa().filter(v -> v == YesNo.FALSE || v == YesNo.NO).isPresent();
  }

  /**
   * Whether the episode's ReferralNFA is true or 1: a referral with no further action.
   *
   * @param episode the CIN episode
   * @return whether ReferralNFA is true or 1
   */
  static boolean isTrue(CinDetails episode) {
    return episode.referralNfa().filter(v -> v == YesNo.TRUE || v == YesNo.YES).isPresent();
  }

  /**
   * Whether the episode is open and led to further action: no CINclosureDate, ReferralNFA false or 0.
   *
   * @param episode the CIN episode
   * @return whether the episode is open and not a referral with no further action
   */
  static boolean isOpenWithFurtherAction(CinDetails episode) {
    return !episode.hasContent("CINclosureDate", episode.closureDate()) && isFalse(episode);
  }
}
