package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT01: "Data Integrity Check: Child in AD1 does not exist in Header." Flags every AD1 row of a child the return has no Header row for. Same in every year.
 */
public final class RuleInt01 extends RecordsWithoutHeaderRule {
  public RuleInt01() {
    super("INT01", Child::adoptions);
  }
}
