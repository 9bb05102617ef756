package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;

/**
 * 553: "Placement order has been granted but there is no date of decision that the child should be
 * placed for adoption." Flags each placement order episode (LS E1) of a child with no PlacedAdoption
 * record, and, while such an episode is open, each PlacedAdoption record saying the decision ceased.
 * Same in every year.
 */
public final class Rule553 extends OrderWithoutDecisionRule {
  public Rule553() {
    super("553", LegalStatus.E1);
  }
}
