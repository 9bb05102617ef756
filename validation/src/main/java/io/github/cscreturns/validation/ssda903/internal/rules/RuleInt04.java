package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;

/**
 * INT04: "Internal Check: Child in Missing does not exist in Header." Flags every missing record of a
 * child the return has no Header row for. Same in every year.
 */
public final class RuleInt04 extends RecordsWithoutHeaderRule {
  public RuleInt04() {
    super("INT04", Child::missingEpisodes);
  }
}
