package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 361: "Police protection legal status lasted longer than maximum 72 hours allowed in the
 * Children Act 1989." Flags every episode of a spell of police protection (L1) longer than 3
 * days (72 hours counted in whole days, as DECOM and DEC are dates); see {@link
 * ShortTermLegalStatusRule} for how spells are measured.
 */
public final class Rule361 extends ShortTermLegalStatusRule {
  public Rule361() {
    super(LegalStatus.L1);
  }

  @Override
  public String code() {
    return "361";
  }
}
