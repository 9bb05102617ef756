package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.Requirement;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.Set;

/**
 * 229: "Placement provider does not match between the placing authority and the local authority code
 * of the provider." Needs Ofsted's provider lists, the postcode directory (the provider's LA is
 * inferred from its postcode, as the lists give no LA code) and the returning LA. The DfE: "If Ofsted
 * URN is provided and not 'XXXXXXX' then: If <PLACE_PROVIDER> = 'PR1' then <LA> must equal Ofsted URN
 * lookup <LA code>. If <PLACE_PROVIDER> = 'PR2' then Ofsted URN lookup <LA code> must not equal
 * <LA>." Flags own provision (PR1) at a provider whose LA is not the returning LA or cannot be told
 * (URN on no list, postcode unknown), and another LA's provision (PR2) at a provider in the returning
 * LA. PLACE_PROVIDER is compared as written, case aside ("pr1" is PR1), as the DfE's tool reads it.
 * Same in every year.
 */
public final class Rule229 extends ProviderEpisodeRule {
  @Override
  public String code() {
    return "229";
  }

  @Override
  public Set<Requirement> requirements() {
    return Set.of(Requirement.PROVIDER_DIRECTORY, Requirement.POSTCODE_DIRECTORY, Requirement.RETURNING_LA);
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    Optional<LaCode> own = context.la();
    Optional<ReferenceData.PostcodeDirectory> postcodes = context.referenceData().postcodes();
    if (own.isEmpty() || postcodes.isEmpty()) {
      return false;
    }
    // As the DfE's tool reads it: "pr1" written in lower case is PR1 here.
    String provider = UrnLookup.codeAsListed(EpisodeItems.codeText(e, e.placement().provider(), "PLACE_PROVIDER"));
    boolean ownProvision = provider.equals(PlacementProvider.PR1.code());
    boolean otherLaProvision = provider.equals(PlacementProvider.PR2.code());
    if (!(ownProvision || otherLaProvision)) {
      return false;
    }
    Optional<LaCode> providerLa =
        UrnLookup.provider(urn, context).flatMap(ReferenceData.Provider::postcode).flatMap(postcodes.get()::localAuthority);
    boolean inOwnLa = providerLa.map(la -> la.value().equals(own.get().value())).orElse(false);
    return (ownProvision && !inOwnLa) || (otherLaProvision && inOwnLa);
  }
}
