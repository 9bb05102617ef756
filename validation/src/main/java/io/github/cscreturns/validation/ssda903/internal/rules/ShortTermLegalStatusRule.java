package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.codesets.ssda903.LegalStatus;
import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A rule limiting how long a short-term legal status may last (rules 361–364). The episodes with that
 * legal status are taken in DECOM order (other legal statuses between them are passed over); a spell
 * runs on while each one starts (DECOM) no later than the one before it ceased (DEC), and its length is
 * the sum of its episodes' lengths, DEC − DECOM, an open episode counted to 31 March of the collection
 * year. Every episode of a spell longer than {@link LegalStatus#maximumDays()} is flagged. An episode
 * whose DEC is not a date adds nothing to its spell's length and does not end the spell.
 *
 * <p>This is how the public Python validator measures these spells, except for the order: it means to
 * sort the episodes by child and DECOM but never keeps the sorted table, so it chains an episode with
 * the one before it in the file, which on a CSV file not sorted by child is another child's. In the
 * DfE's XML return a child's episodes sit together inside the child, so we chain a child's own
 * episodes, in date order. See docs/rule-interpretations.md.
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
    List<Episode> withStatus =
        child.episodes().stream()
            .filter(e -> e.legalStatus().orElse(null) == status && e.start().isPresent())
            .sorted(Comparator.comparing(e -> e.start().get()))
            .toList();
    List<Episode> spell = new ArrayList<>();
    long days = 0;
    Optional<LocalDate> previousEnd = Optional.empty();
    for (Episode episode : withStatus) {
      LocalDate start = episode.start().get();
      if (!spell.isEmpty() && previousEnd.isPresent() && start.isAfter(previousEnd.get())) {
        if (days > maximumDays) {
          flags.flagAll(spell);
        }
        spell = new ArrayList<>();
        days = 0;
      }
      spell.add(episode);
      previousEnd = EpisodeDates.endOrYearEnd(episode, context.year());
      if (previousEnd.isPresent()) {
        days += ChronoUnit.DAYS.between(start, previousEnd.get());
      }
    }
    if (days > maximumDays) {
      flags.flagAll(spell);
    }
  }
}
