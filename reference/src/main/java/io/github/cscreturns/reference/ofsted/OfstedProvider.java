package io.github.cscreturns.reference.ofsted;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * One provider row of an Ofsted list: its URN; the SSDA903 placement type codes (PLACE) and placement
 * provider codes (PLACE_PROVIDER) Ofsted records for it; the date its registration ended, where it
 * closed or was deregistered; its premises' postcode and its local authority's name as the list
 * writes them; and the sheet it was read from.
 *
 * @since 2022-23
 */
public record OfstedProvider(
    String urn,
    Set<String> placementCodes,
    Set<String> providerCodes,
    Optional<LocalDate> registrationEnd,
    Optional<String> postcode,
    Optional<String> localAuthority,
    String sheet) {
  /**
   * Copies the code sets, so that the record is immutable.
   *
   * @param urn the URN
   * @param placementCodes the placement codes
   * @param providerCodes the provider codes
   * @param registrationEnd the registration end
   * @param postcode the postcode
   * @param localAuthority the local authority
   * @param sheet the sheet
   */
  public OfstedProvider {
    placementCodes = Set.copyOf(placementCodes);
    providerCodes = Set.copyOf(providerCodes);
  }
}
