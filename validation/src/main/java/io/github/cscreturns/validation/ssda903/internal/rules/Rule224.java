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
 * 224: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement provider recorded." Needs Ofsted's provider lists. The DfE: "If <URN> provided and
 * <URN> not = 'XXXXXXX', then <PLACE_PROVIDER> must = URN Lookup <PLACE_PROVIDER>". Flags each such
 * episode whose placement provider is not among the provider codes the lists give for its URN (so
 * also a URN on no list, or a blank provider). Same in every year.
 */
public final class Rule224 implements Rule {
  @Override
  public String code() {
    return "224";
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
      String provider = UrnLookup.codeAsListed(EpisodeItems.codeText(e, e.placement().provider(), "PLACE_PROVIDER"));
      boolean matches =
          !provider.isEmpty() && UrnLookup.provider(urn.get(), context).map(p -> p.providerCodes().contains(provider)).orElse(false);
      if (!matches) {
        flags.flag(e);
      }
    }
  }
}
