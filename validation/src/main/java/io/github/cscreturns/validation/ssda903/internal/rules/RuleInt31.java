package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT31: "Internal Check: Child should only exist once in AD1." Flags every AD1 row of a child who
 * has more than one. Same in every year.
 */
public final class RuleInt31 extends RecordedOnceRule {
  public RuleInt31() {
    super("INT31", Child::adoptions);
  }
}
