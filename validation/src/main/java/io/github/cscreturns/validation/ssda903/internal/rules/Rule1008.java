package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1008: "Ofsted Unique Reference Number (URN) is not valid." Needs Ofsted's provider lists. Flags
 * each episode whose URN is provided, is not the placeholder XXXXXXX, and is on none of the lists
 * given (children's homes, social care providers, current or closed). Same in every year.
 */
public final class Rule1008 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "1008";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    return !UrnLookup.directory(context).isKnown(urn);
  }
}
