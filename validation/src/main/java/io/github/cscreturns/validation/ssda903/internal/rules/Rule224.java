package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 224: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement provider recorded." Needs Ofsted's provider lists. The DfE: "If <URN> provided and
 * <URN> not = 'XXXXXXX', then <PLACE_PROVIDER> must = URN Lookup <PLACE_PROVIDER>". Flags each such
 * episode whose placement provider is not among the provider codes the lists give for its URN (so
 * also a URN on no list, or a blank provider). Same in every year.
 */
public final class Rule224 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "224";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    String provider = UrnLookup.codeAsListed(EpisodeItems.codeText(e, e.placement().provider(), "PLACE_PROVIDER"));
    return provider.isEmpty() || !UrnLookup.provider(urn, context).map(p -> p.providerCodes().contains(provider)).orElse(false);
  }
}
