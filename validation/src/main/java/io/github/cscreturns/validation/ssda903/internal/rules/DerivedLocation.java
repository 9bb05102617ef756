package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.LaCode;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The placement items the DfE derives from postcodes rather than collects: PL_LA (the authority of the
 * placement postcode; outside England only the country: SCO, WAL, NIR), PL_LOCATION (IN the returning
 * authority or OUT of it) and PL_DISTANCE (miles from home to placement, to one decimal place). Each is
 * empty where the postcode directory cannot derive it (no directory, a blank or unknown postcode).
 */
final class DerivedLocation {
  private DerivedLocation() {}

  /** PL_LA as derived: the DfE number of an English authority, or SCO, WAL or NIR; empty where not derivable. */
  static Optional<String> placementLa(Episode e, RuleContext context) {
    return EpisodeItems.placementLa(e, context).map(DerivedLocation::countryOrAuthority);
  }

  private static String countryOrAuthority(LaCode la) {
    if (la.isThreeDigit()) {
      return la.value();
    }
    return switch (la.value().isEmpty() ? ' ' : la.value().charAt(0)) {
      case 'S' -> "SCO";
      case 'W' -> "WAL";
      case 'N' -> "NIR";
      default -> la.value();
    };
  }

  /** PL_LOCATION as derived: IN where the placement lies in the returning authority, else OUT; empty where PL_LA is. */
  static Optional<String> placementLocation(Episode e, RuleContext context) {
    Optional<String> own = context.la().map(LaCode::value);
    return placementLa(e, context).map(la -> own.isPresent() && la.equals(own.get()) ? "IN" : "OUT");
  }

  /** PL_DISTANCE as derived, to one decimal place; empty where either postcode is blank or unknown. */
  static OptionalDouble distance(Episode e, RuleContext context) {
    OptionalDouble miles = EpisodeItems.distanceMiles(e, context);
    return miles.isPresent() ? OptionalDouble.of(Math.rint(miles.getAsDouble() * 10) / 10) : miles;
  }

  /**
   * Whether this year's derived distance contradicts last year's: this year's is known and last year's
   * either could not be derived (a postcode blank or unknown: nothing shows the two match) or lies 0.2
   * miles or more away (the DfE's tolerance for distances rounded to one decimal place). Where this
   * year's distance cannot be derived there is nothing to compare; 392a and 392c report the postcode.
   */
  static boolean distanceContradicts(OptionalDouble thisYear, OptionalDouble lastYear) {
    return thisYear.isPresent() && (lastYear.isEmpty() || Math.abs(thisYear.getAsDouble() - lastYear.getAsDouble()) >= 0.2);
  }
}
