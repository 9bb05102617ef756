package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 364: "Sections 41-46 of Police and Criminal Evidence (PACE; 1984) severely limits the time a
 * child can be detained in custody in Local Authority (LA) accommodation." Flags every episode
 * of a spell of accommodation under PACE (J2) longer than 21 days; see {@link
 * ShortTermLegalStatusInReturnOrder} for how spells are measured. The message gives no number: 21 days
 * is the limit the public Python validator applies, which we keep.
 */
public final class Rule364 extends ShortTermLegalStatusInReturnOrder {
  public Rule364() {
    super(LegalStatus.J2);
  }

  @Override
  public String code() {
    return "364";
  }
}
