package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.core.Postcode;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An episode carried over the year end, for the rules comparing the derived placement items (PL_LA,
 * PL_LOCATION, PL_DISTANCE) with last year's return: last year's baseline child, whose one episode is
 * open at 31 March, and this year's first episode, compared in a context whose directory knows the
 * baseline postcodes (3 miles apart, in the returning LA) and {@link #OTHER_LA_POSTCODE}.
 */
final class CarriedOverEpisodes {
  static final CollectionYear YEAR = CollectionYear.Y2024_25;

  /** A postcode in another authority (318), at the baseline placement's spot. */
  static final String OTHER_LA_POSTCODE = "TW9 1AA";

  private CarriedOverEpisodes() {}

  /** This year's baseline first episode (RNE S, as last year's). */
  static Episode firstEpisode() {
    return RuleTester.episode(YEAR).build();
  }

  /** The first episode placed in another authority. */
  static Episode placedInAnotherLa() {
    return RuleTester.episode(YEAR).placement(RuleTester.placement(YEAR).postcode(Postcode.of(OTHER_LA_POSTCODE)).build()).build();
  }

  /** The first episode with its home at the placement postcode (distance 0 instead of 3 miles). */
  static Episode homeAtThePlacement() {
    return RuleTester.episode(YEAR).homePostcode(Postcode.of(RuleTester.PLACEMENT_POSTCODE)).build();
  }

  /** Last year's child: the baseline child of last year, its one episode open at 31 March. */
  static Child lastYear() {
    return RuleTester.child(YEAR.previous().orElseThrow()).build();
  }

  /** Last year's child with its open episode changed. */
  static Child lastYear(Episode open) {
    return RuleTester.child(YEAR.previous().orElseThrow()).episodes(List.of(open)).build();
  }

  /** Last year's baseline episode as a builder. */
  static io.github.cscreturns.core.ssda903.ImmutableEpisode.Builder lastYearsEpisode() {
    return RuleTester.episode(YEAR.previous().orElseThrow());
  }

  /** What the rule flags on this year's child with the first episode, against last year's child. */
  static List<Ssda903Record> flagged(Rule rule, Episode first, Child last) {
    Child now = RuleTester.child(YEAR).episodes(List.of(first)).build();
    RuleContext context = RuleTester.withPostcodes(YEAR, 3.0, Map.of(OTHER_LA_POSTCODE, "318")).withPrevious(Optional.of(last));
    return RuleTester.flagged(rule, now, context);
  }
}
