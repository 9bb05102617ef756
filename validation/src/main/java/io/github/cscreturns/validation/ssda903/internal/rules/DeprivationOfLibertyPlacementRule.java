package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.DeprivationOfLiberty;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What rules 709 and 710 share: each order of deprivation of liberty with both DOLO_START and
 * DOLO_END, against each episode whose dates overlap it (DECOM on or before DOLO_END, and DEC on or
 * after DOLO_START or no DEC: an open episode runs on), judged by the episode's placement type. An
 * order or an episode whose dates are not dates cannot be placed and is left to the date rules; a
 * blank placement type is left to the rules that ask for it.
 *
 * @since 2026-27
 */
abstract class DeprivationOfLibertyPlacementRule implements Rule {
  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    if (child.deprivationsOfLiberty().isEmpty()) {
      return;
    }
    for (DeprivationOfLiberty dolo : child.deprivationsOfLiberty()) {
      Optional<LocalDate> start = LastYearsReturn.recordedDate(dolo, dolo.start(), "DOLO_START");
      Optional<LocalDate> end = LastYearsReturn.recordedDate(dolo, dolo.end(), "DOLO_END");
      if (start.isEmpty() || end.isEmpty()) {
        continue;
      }
      for (Episode e : child.episodes()) {
        Optional<LocalDate> decom = LastYearsReturn.recordedDate(e, e.start(), "DECOM");
        Optional<LocalDate> dec = LastYearsReturn.recordedDate(e, e.end(), "DEC");
        boolean decIsText = dec.isEmpty() && !ItemPresence.isBlank(e.end(), e, "DEC");
        if (decom.isEmpty() || decIsText || decom.get().isAfter(end.get()) || dec.map(d -> d.isBefore(start.get())).orElse(false)) {
          continue;
        }
        if (isWrong(e)) {
          flag(dolo, e, flags);
        }
      }
    }
  }

  /** Whether the episode's placement is one the rule reports. */
  abstract boolean isWrong(Episode e);

  /** Flags what the rule reports of an order and an episode in a placement it reports. */
  abstract void flag(DeprivationOfLiberty dolo, Episode e, Flags flags);

  /**
   * Whether the episode's placement type is recorded and one {@code reported}, or, where
   * {@code textReported}, is text that is no code.
   */
  static boolean placementIs(Episode e, Predicate<PlacementType> reported, boolean textReported) {
    if (e.placement().type().isPresent()) {
      return reported.test(e.placement().type().get());
    }
    return textReported && e.unparsed("PLACE").isPresent();
  }
}
