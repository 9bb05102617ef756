package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT08: "Internal Check: Child in Reviews does not exist in Header." Flags every review of a child the
 * return has no Header row for. Same in every year.
 */
public final class RuleInt08 extends RecordsWithoutHeaderRule {
  public RuleInt08() {
    super("INT08", Child::reviews);
  }
}
