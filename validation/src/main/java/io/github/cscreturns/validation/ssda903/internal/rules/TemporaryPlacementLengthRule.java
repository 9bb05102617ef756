package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.PlacementType;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.PlacementSpell;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule limiting how long one kind of temporary placement may last (rules 375, 376, 379). The
 * placement is measured across episodes, as a {@linkplain Child#placements() placement spell}: a
 * change of legal status alone (RNE L) does not restart the clock. It lasts from its first DECOM to its
 * last DEC, or to 31 March of the collection year while still open; every episode of a placement of
 * the type longer than the limit is flagged. A placement with an unparsed DEC cannot be measured.
 *
 * <p>The public Python validator measures single episodes and skips open ones; an open hospital stay
 * that has already passed six weeks at 31 March has exceeded them, so we measure it too.
 */
abstract class TemporaryPlacementLengthRule implements Rule {
  private final PlacementType type;
  private final long maximumDays;

  TemporaryPlacementLengthRule(PlacementType type, long maximumDays) {
    this.type = type;
    this.maximumDays = maximumDays;
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    for (PlacementSpell placement : child.placements()) {
      List<Episode> run = new ArrayList<>();
      for (Episode episode : placement.episodes()) {
        if (episode.placement().type().orElse(null) == type) {
          run.add(episode);
        } else {
          checkRun(run, context.year(), flags);
          run = new ArrayList<>();
        }
      }
      checkRun(run, context.year(), flags);
    }
  }

  private void checkRun(List<Episode> run, CollectionYear year, Flags flags) {
    if (run.isEmpty()) {
      return;
    }
    LocalDate start = run.get(0).start().orElseThrow();
    Optional<LocalDate> end = EpisodeDates.endOrYearEnd(run.get(run.size() - 1), year);
    if (end.isPresent() && ChronoUnit.DAYS.between(start, end.get()) > maximumDays) {
      flags.flagAll(run);
    }
  }
}
