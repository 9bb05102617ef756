package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.ChildId;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8510: More than one child record with the same LA Child ID. DfE logic: "Each &lt;LAchildID&gt;
 * (N00097) must be unique across all children within the same LA return."
 *
 * <p>Every child whose LAchildID (as written) another child also has is flagged at its
 * ChildIdentifiers; a missing LAchildID is rule 8500's.
 */
public final class Rule8510 implements CinReturnRule {
  @Override
  public String code() {
    return "8510";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new RepeatedIdentifier(c -> c.identifiers().laChildId().map(ChildId::value));
  }
}
