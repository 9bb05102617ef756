package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT02: "Internal Check: Child in PlacedAdoption does not exist in Header." Flags every PlacedAdoption row of a child the return has no Header row for. Same in every year.
 */
public final class RuleInt02 extends RecordsWithoutHeaderRule {
  public RuleInt02() {
    super("INT02", Child::placedForAdoption);
  }
}
