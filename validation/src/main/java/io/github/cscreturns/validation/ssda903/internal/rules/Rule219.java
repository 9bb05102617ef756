package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 219: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement type recorded." Needs Ofsted's provider lists. The DfE: "If <URN> provided and <URN>
 * not = 'XXXXXXX' then <PL> must = any URN Lookup <PLACEMENT CODE> of matching URN Lookup <URN>".
 * Flags each such episode whose placement type is not among the codes the lists give for its URN —
 * so also an episode whose URN is on no list, or whose type is blank (nothing matches). Same in every
 * year.
 */
public final class Rule219 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "219";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    String place = UrnLookup.codeAsListed(EpisodeItems.codeText(e, e.placement().type(), "PLACE"));
    return place.isEmpty() || !UrnLookup.provider(urn, context).map(p -> p.placementCodes().contains(place)).orElse(false);
  }
}
