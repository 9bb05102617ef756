package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.Upn;
import io.github.cscreturns.validation.cin.CinReturnRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 1520: More than one record with the same UPN. DfE logic: "Each pupil &lt;UPN&gt; (N00001) must be
 * unique across all pupils in the extract."
 *
 * <p>Every child whose UPN (as written) another child also has is flagged at its ChildIdentifiers; a
 * child with no UPN is not compared.
 */
public final class Rule1520 implements CinReturnRule {
  @Override
  public String code() {
    return "1520";
  }

  @Override
  public Accumulator newAccumulator(CinRuleContext context) {
    return new RepeatedIdentifier(c -> c.identifiers().upn().map(Upn::value));
  }
}
