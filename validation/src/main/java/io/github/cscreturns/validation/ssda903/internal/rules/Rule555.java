package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 555: "Freeing order has been granted but there is no date of decision that the child should be
 * placed for adoption." Flags each freeing order episode (LS D1) of a child with no PlacedAdoption
 * record, and, while such an episode is open, each PlacedAdoption record saying the decision ceased.
 * To 2023-24 (the DfE removed the freeing order rules in 2024-25).
 */
public final class Rule555 extends OrderWithoutDecisionRule {
  public Rule555() {
    super("555", LegalStatus.D1);
  }
}
