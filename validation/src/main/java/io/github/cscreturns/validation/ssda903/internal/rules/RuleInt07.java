package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT07: "Internal Check: Child in PrevPerm does not exist in Header." Flags every PrevPerm row of a child the return has no Header row for. Same in every year.
 */
public final class RuleInt07 extends RecordsWithoutHeaderRule {
  public RuleInt07() {
    super("INT07", Child::previousPermanence);
  }
}
