package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8590: Child does not have a recorded CIN episode. DfE logic: "Each child must have at least one
 * &lt;CINdetails&gt; group". The ChildIdentifiers is flagged.
 */
public final class Rule8590 implements CinRule {
  @Override
  public String code() {
    return "8590";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    if (child.cinDetails().isEmpty()) {
      flags.flag(child.identifiers());
    }
  }
}
