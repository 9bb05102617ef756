package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * 221: "The Ofsted Unique reference number (URN) provided for the child's placement does not match
 * the placement postcode provided." Needs Ofsted's provider lists. The DfE: "If <URN> provided and
 * <URN> not = 'XXXXXX', and <LS> not = 'V3', 'V4' and where <PL> = 'K1', 'K2', 'R3' or 'S1' and
 * <PL_POST> provided, <PL_POST> should = URN Lookup <Provider Postcode>". Flags each such episode
 * whose placement postcode is not the provider's (case and spaces aside), or whose URN is on no list
 * or has no postcode there. A code written with spaces around it (LS " V3", PLACE "R3 ") is that code,
 * as everywhere in our readers; the public validator compares the raw text (see
 * docs/rule-interpretations.md).
 *
 * <p>The placement types checked are the rule's definition: K1, K2, R3, S1 in 2022-23
 * ({@link #PLACEMENTS_AT_THE_PROVIDER}); the DfE added H5 for 2023-24
 * ({@link #PLACEMENTS_AT_THE_PROVIDER_WITH_H5}) and took it out again for 2024-25.
 */
public final class Rule221 extends ProviderEpisodeRule {
  /** "<PL> = 'K1', 'K2', 'R3' or 'S1'" (2022-23; again from 2024-25). */
  public static final Set<PlacementType> PLACEMENTS_AT_THE_PROVIDER =
      EnumSet.of(PlacementType.K1, PlacementType.K2, PlacementType.R3, PlacementType.S1);
  /** "<PL> = 'H5', 'K1', 'K2', 'R3' or 'S1'" (2023-24). */
  public static final Set<PlacementType> PLACEMENTS_AT_THE_PROVIDER_WITH_H5 =
      EnumSet.of(PlacementType.H5, PlacementType.K1, PlacementType.K2, PlacementType.R3, PlacementType.S1);

  private final Set<PlacementType> placementsAtTheProvider;

  /** The 2022-23 definition. */
  public Rule221() {
    this(PLACEMENTS_AT_THE_PROVIDER);
  }

  /** The rule checking placements of the given types against the provider's postcode. */
  public Rule221(Set<PlacementType> placementsAtTheProvider) {
    this.placementsAtTheProvider = Set.copyOf(placementsAtTheProvider);
  }

  @Override
  public String code() {
    return "221";
  }

  @Override
  boolean isFlagged(Episode e, Urn urn, RuleContext context) {
    Optional<Postcode> placed = e.placement().postcode();
    if (EpisodeItems.isRespite(e)
        || placed.isEmpty()
        || placed.get().value().isBlank()
        || !e.placement().type().map(placementsAtTheProvider::contains).orElse(false)) {
      return false;
    }
    Optional<String> providerPostcode =
        UrnLookup.provider(urn, context).flatMap(ReferenceData.Provider::postcode).map(Rule221::squeezed);
    return !providerPostcode.equals(Optional.of(squeezed(placed.get())));
  }

  private static String squeezed(Postcode postcode) {
    return postcode.value().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
  }
}
