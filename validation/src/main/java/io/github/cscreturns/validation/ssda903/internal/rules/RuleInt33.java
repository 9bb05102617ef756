package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/** INT33: "Internal Check: Child should only exist once in OC2." Flags every OC2 record of a child that has more than one. */
public final class RuleInt33 extends RecordedOnceRule {
  public RuleInt33() {
    super("INT33", Child::healthOutcomes);
  }
}
