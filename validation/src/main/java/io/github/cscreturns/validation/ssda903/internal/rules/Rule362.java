package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 362: "Emergency protection order (EPO) lasted longer than 21 days" Flags every episode of a
 * spell of an emergency protection order (L2), 21 days at most that lasted longer; see {@link
 * ShortTermLegalStatusRule} for how spells are measured.
 */
public final class Rule362 extends ShortTermLegalStatusRule {
  public Rule362() {
    super(LegalStatus.L2);
  }

  @Override
  public String code() {
    return "362";
  }
}
