package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8545Q: Child's date of death should be within the census year. DfE logic: "If present,
 * &lt;PersonDeathDate&gt; (N00108) must be within [Period_of_Census]" (1 April to 31 March, both
 * included).
 */
public final class Rule8545Q implements CinRule {
  @Override
  public String code() {
    return "8545Q";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    child.identifiers().deathDate().filter(d -> !context.isInCensusPeriod(d)).ifPresent(d -> flags.flag(child.identifiers()));
  }
}
