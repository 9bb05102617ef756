package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/** INT05: "Internal Check: Child in OC2 does not exist in Header." Flags every OC2 row of a child the return has no Header row for. */
public final class RuleInt05 extends RecordsWithoutHeaderRule {
  public RuleInt05() {
    super("INT05", Child::healthOutcomes);
  }
}
