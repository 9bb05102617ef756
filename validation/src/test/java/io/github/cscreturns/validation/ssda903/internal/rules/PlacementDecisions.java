package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.ReasonPlacedForAdoptionCeased;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.core.ssda903.Ssda903Record;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleTester;
import java.time.LocalDate;
import java.util.List;

/** Decisions to place for adoption this year and last, for the 559, 560, 561 and 584 tests. */
final class PlacementDecisions {
  static final CollectionYear YEAR = CollectionYear.Y2024_25;

  private PlacementDecisions() {}

  /** A decision on the date, unchanged (no DATE_PLACED_CEASED, no REASON_PLACED_CEASED); null: blank. */
  static PlacedForAdoption decision(LocalDate placed) {
    var b = PlacedForAdoption.builder();
    if (placed != null) {
      b.decisionDate(placed);
    }
    return b.build();
  }

  /** A decision on the date that later changed (the child should no longer be placed for adoption). */
  static PlacedForAdoption changed(LocalDate placed, LocalDate ceased) {
    return PlacedForAdoption.builder().decisionDate(placed).ceasedDate(ceased).reasonCeased(anyReason()).build();
  }

  private static ReasonPlacedForAdoptionCeased anyReason() {
    return ReasonPlacedForAdoptionCeased.values()[0];
  }

  static Child with(CollectionYear year, PlacedForAdoption... decisions) {
    return RuleTester.child(year).placedForAdoption(List.of(decisions)).build();
  }

  /** What the rule flags on this year's child with {@code now}, against last year's child with {@code last}. */
  static List<Ssda903Record> flagged(Rule rule, List<PlacedForAdoption> now, List<PlacedForAdoption> last) {
    return LastYearTester.flaggedAgainst(
        rule, YEAR, with(YEAR, now.toArray(PlacedForAdoption[]::new)), with(YEAR.previous().orElseThrow(), last.toArray(PlacedForAdoption[]::new)));
  }
}
