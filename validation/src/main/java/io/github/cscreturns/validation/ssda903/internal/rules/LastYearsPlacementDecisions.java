package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.PlacedForAdoption;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How 559, 560, 561 and 584 read the decisions that a child should be placed for adoption
 * (PlacedAdoption) in this year's return and last year's ({@link RuleContext#previous()}).
 */
final class LastYearsPlacementDecisions {
  private static final DateTimeFormatter DD_MM_YYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

  private LastYearsPlacementDecisions() {}

  /** The child's PlacedAdoption records in last year's return (none if the child is not in it). */
  static List<PlacedForAdoption> lastYear(RuleContext context) {
    return context.previous().map(c -> c.placedForAdoption()).orElse(List.of());
  }

  /**
   * DATE_PLACED as written (a date as dd/mm/yyyy, else the text, case ignored), for the checks that ask
   * whether the date recorded this year "is the same as" or "is different from" last year's; empty when
   * blank.
   */
  static Optional<String> datePlacedAsWritten(PlacedForAdoption p) {
    if (p.decisionDate().isPresent()) {
      return Optional.of(p.decisionDate().get().format(DD_MM_YYYY));
    }
    return p.unparsed("DATE_PLACED").map(t -> t.toUpperCase(Locale.ROOT));
  }

  /** Whether last year's record shows the decision changed: DATE_PLACED_CEASED or REASON_PLACED_CEASED recorded. */
  static boolean decisionChanged(PlacedForAdoption last) {
    return ItemPresence.isRecorded(last.ceasedDate(), last, "DATE_PLACED_CEASED")
        || ItemPresence.isRecorded(last.reasonCeased(), last, "REASON_PLACED_CEASED");
  }
}
