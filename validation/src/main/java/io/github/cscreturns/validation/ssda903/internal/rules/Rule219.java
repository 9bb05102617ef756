package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 219: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement type recorded." Needs Ofsted's provider lists. The DfE: "If <URN> provided and <URN>
 * not = 'XXXXXXX' then <PL> must = any URN Lookup <PLACEMENT CODE> of matching URN Lookup <URN>".
 * Flags each such episode whose placement type is not among the codes the lists give for its URN —
 * so also an episode whose URN is on no list, or whose type is blank (nothing matches). Same in every
 * year.
 */
public final class Rule219 implements Rule {
  @Override
  public String code() {
    return "219";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PROVIDER_DIRECTORY);
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (!UrnLookup.available(context)) {
      return;
    }
    for (Episode e : child.episodes()) {
      Optional<Urn> urn = UrnLookup.checkedUrn(e);
      if (urn.isEmpty()) {
        continue;
      }
      String place = UrnLookup.codeAsListed(EpisodeItems.codeText(e, e.placement().type(), "PLACE"));
      boolean matches =
          !place.isEmpty() && UrnLookup.provider(urn.get(), context).map(p -> p.placementCodes().contains(place)).orElse(false);
      if (!matches) {
        flags.flag(e);
      }
    }
  }
}
