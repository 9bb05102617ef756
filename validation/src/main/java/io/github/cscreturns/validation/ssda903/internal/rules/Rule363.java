package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 363: "Child assessment order (CAO) lasted longer than 7 days allowed in the Children Act
 * 1989." Flags every episode of a spell of a child assessment order (L3), 7 days at most that
 * lasted longer; see {@link ShortTermLegalStatusInReturnOrder} for how spells are measured.
 */
public final class Rule363 extends ShortTermLegalStatusInReturnOrder {
  public Rule363() {
    super(LegalStatus.L3);
  }

  @Override
  public String code() {
    return "363";
  }
}
