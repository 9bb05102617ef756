package io.github.cscreturns.core.ssda903;

import io.github.cscreturns.codesets.ssda903.PlacementProvider;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.Urn;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where and with whom the child is placed during an episode: placement type (PLACE), provider
 * (PLACE_PROVIDER), placement postcode (PL_POST, from 2013-14) and Ofsted URN (URN, from 2015-16).
 * Unparsable text of these items is kept on the {@link Episode}.
 *
 * @since 2013-14
 */
@Value.Immutable
public interface Placement {
  /**
   * A builder of a {@code Placement}, every item unset.
   *
   * @return the builder
   */
  static ImmutablePlacement.Builder builder() {
    return ImmutablePlacement.builder();
  }

  /**
   * A placement with no item filled in.
   *
   * @return a placement with no item filled in
   */
  static Placement empty() {
    return builder().build();
  }

  /**
   * Placement type (PLACE; XML element PL).
   *
   * @return placement type (PLACE
   */
  Optional<PlacementType> type();

  /**
   * Placement provider (PLACE_PROVIDER).
   *
   * @return placement provider (PLACE_PROVIDER)
   */
  Optional<PlacementProvider> provider();

  /**
   * Postcode of the placement (PL_POST).
   *
   * @return postcode of the placement (PL_POST)
   */
  Optional<Postcode> postcode();

  /**
   * Ofsted unique reference number of the provider (URN).
   *
   * @return ofsted unique reference number of the provider (URN)
   */
  Optional<Urn> urn();
}
