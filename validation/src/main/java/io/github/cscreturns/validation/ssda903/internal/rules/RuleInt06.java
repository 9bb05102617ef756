package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/** INT06: "Internal Check: Child in OC3 does not exist in Header." Flags every OC3 row of a child the return has no Header row for. */
public final class RuleInt06 extends RecordsWithoutHeaderRule {
  public RuleInt06() {
    super("INT06", Child::careLeaverCheckpoints);
  }
}
