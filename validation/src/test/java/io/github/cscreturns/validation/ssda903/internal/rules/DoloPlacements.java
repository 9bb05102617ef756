package io.github.cscreturns.validation.ssda903.internal.rules;

import static io.github.cscreturns.validation.ssda903.internal.rules.DoloTester.YEAR;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;

/** Children with an order of deprivation of liberty and episodes in given placements, for 709 and 710. */
final class DoloPlacements {
  private DoloPlacements() {}

  /** An episode of the baseline kind from {@code start} to {@code end} (null: open) in the placement type. */
  static Episode episode(PlacementType type, LocalDate start, LocalDate end) {
    var b = RuleTester.episode(YEAR).start(start).placement(RuleTester.placement(YEAR).type(type).build());
    return end == null ? b.build() : b.end(end).build();
  }

  /** The baseline child with the order and the episodes. */
  static Child child(DeprivationOfLiberty order, Episode... episodes) {
    return RuleTester.child(YEAR).episodes(List.of(episodes)).deprivationsOfLiberty(List.of(order)).build();
  }
}
