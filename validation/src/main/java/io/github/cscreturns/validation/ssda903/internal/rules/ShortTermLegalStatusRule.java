package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.CollectionYear;
import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A rule limiting how long a short-term legal status may last (rules 361–364): the status's spells
 * are runs of consecutive episodes with that legal status, each starting on the day the one before it
 * ceased; a spell lasts from its first DECOM to its last DEC, or to 31 March of the collection year
 * while still open. Every episode of a spell longer than {@link LegalStatus#maximumDays()} is flagged.
 * A spell with an unparsed DEC cannot be measured and is not flagged.
 */
abstract class ShortTermLegalStatusRule implements Rule {
  private final LegalStatus status;
  private final long maximumDays;

  ShortTermLegalStatusRule(LegalStatus status) {
    this.status = status;
    this.maximumDays = status.maximumDays().orElseThrow(() -> new IllegalArgumentException(status + " has no maximum"));
  }

  @Override
  public final void check(Child child, RuleContext context, Flags flags) {
    List<Episode> spell = new ArrayList<>();
    for (Episode episode : child.episodesInDateOrder()) {
      if (episode.legalStatus().orElse(null) != status) {
        checkSpell(spell, context.year(), flags);
        spell = new ArrayList<>();
        continue;
      }
      if (!spell.isEmpty() && !spell.get(spell.size() - 1).end().equals(episode.start())) {
        checkSpell(spell, context.year(), flags);
        spell = new ArrayList<>();
      }
      spell.add(episode);
    }
    checkSpell(spell, context.year(), flags);
  }

  private void checkSpell(List<Episode> spell, CollectionYear year, Flags flags) {
    if (spell.isEmpty()) {
      return;
    }
    LocalDate start = spell.get(0).start().orElseThrow();
    Optional<LocalDate> end = EpisodeDates.endOrYearEnd(spell.get(spell.size() - 1), year);
    if (end.isPresent() && ChronoUnit.DAYS.between(start, end.get()) > maximumDays) {
      flags.flagAll(spell);
    }
  }
}
