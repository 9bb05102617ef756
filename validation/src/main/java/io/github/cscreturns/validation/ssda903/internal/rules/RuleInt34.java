package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/** INT34: "Internal Check: Child should only exist once in OC3." Flags every OC3 record of a child that has more than one. */
public final class RuleInt34 extends RecordedOnceRule {
  public RuleInt34() {
    super("INT34", Child::careLeaverCheckpoints);
  }
}
