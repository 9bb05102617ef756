package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT09: "Internal Check: Child in UASC does not exist in Header." Flags every UASC record of a child
 * the return has no Header row for. Same in every year.
 */
public final class RuleInt09 extends RecordsWithoutHeaderRule {
  public RuleInt09() {
    super("INT09", Child::uasc);
  }
}
