package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT35: "Internal Check: Child should only exist once in PrevPerm." Flags every PrevPerm row of a
 * child who has more than one. Same in every year.
 */
public final class RuleInt35 extends RecordedOnceRule {
  public RuleInt35() {
    super("INT35", Child::previousPermanence);
  }
}
