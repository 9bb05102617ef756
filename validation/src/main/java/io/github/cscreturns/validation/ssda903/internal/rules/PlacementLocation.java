package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.ReferenceData.PostcodeDirectory;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;

/** Where an episode's placement lies, from its postcode (PL_POST) and, where supplied, the postcode directory. */
final class PlacementLocation {
  private PlacementLocation() {}

  /**
   * Whether the placement is known to lie outside England: a Northern Irish postcode, or one the
   * postcode directory places in an authority that has no three-digit DfE code (Wales, Scotland,
   * Northern Ireland, the Crown dependencies — the derived PL_LA of the DfE tool). Without a
   * postcode, or without a directory for a British postcode, the placement is taken to be in England.
   */
  static boolean isOutsideEngland(Episode episode, RuleContext context) {
    Optional<Postcode> postcode = episode.placement().postcode();
    if (postcode.isEmpty()) {
      return false;
    }
    if (postcode.get().isNorthernIreland()) {
      return true;
    }
    return context
        .referenceData()
        .postcodes()
        .flatMap(directory -> directory.localAuthority(postcode.get()))
        .map(la -> !la.isThreeDigit())
        .orElse(false);
  }

  /**
   * Whether the placement's derived location items (PL_LA, and from it PL_LOCATION) can be worked out:
   * the placement postcode is given and the directory knows its local authority. Episodes under
   * respite legal statuses V3/V4 need no placement location and always count as fine.
   */
  static boolean hasDerivableLocation(Episode episode, PostcodeDirectory directory) {
    if (episode.legalStatus().map(ls -> ls.isRespite()).orElse(false)) {
      return true;
    }
    return episode.placement().postcode().flatMap(directory::localAuthority).isPresent();
  }
}
