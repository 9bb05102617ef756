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
import java.util.List;
import java.util.Optional;

/**
 * A rule limiting how long police protection (L1, rule 361) or an emergency protection order (L2,
 * rule 362) may last, measured as the reference the DfE's checks are mirrored by measures it. The
 * child's episodes are taken in DECOM order (those whose DECOM is not a date last); an episode's end is
 * its DEC, or 31 March of the collection year where DEC is blank or not a date. An episode with the
 * status starts a new stretch unless the episode with the status before it ends on the day the episode
 * after that one starts (the order "flows" on). A stretch lasts from its earliest DECOM to its latest
 * end; every episode of a stretch longer than {@link LegalStatus#maximumDays()} is flagged.
 *
 * <p>Rules 363 and 364 are measured otherwise by the reference: see {@link
 * ShortTermLegalStatusInReturnOrder}.
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
    List<Episode> ordered = EpisodeDates.undatedLast(child);
    LocalDate yearEnd = context.year().ssda903End();
    List<Episode> stretch = new ArrayList<>();
    LocalDate earliest = null;
    LocalDate latest = null;
    boolean previousFlows = false;
    for (int i = 0; i < ordered.size(); i++) {
      Episode episode = ordered.get(i);
      if (episode.legalStatus().orElse(null) != status) {
        continue;
      }
      if (!stretch.isEmpty() && !previousFlows) {
        flagIfTooLong(stretch, earliest, latest, flags);
        stretch = new ArrayList<>();
        earliest = null;
        latest = null;
      }
      stretch.add(episode);
      LocalDate end = episode.end().orElse(yearEnd);
      Optional<LocalDate> start = episode.start();
      if (start.isPresent() && (earliest == null || start.get().isBefore(earliest))) {
        earliest = start.get();
      }
      if (latest == null || end.isAfter(latest)) {
        latest = end;
      }
      Optional<LocalDate> nextStart = i + 1 < ordered.size() ? ordered.get(i + 1).start() : Optional.empty();
      previousFlows = nextStart.map(end::equals).orElse(false);
    }
    flagIfTooLong(stretch, earliest, latest, flags);
  }

  private void flagIfTooLong(List<Episode> stretch, LocalDate earliest, LocalDate latest, Flags flags) {
    if (!stretch.isEmpty() && earliest != null && ChronoUnit.DAYS.between(earliest, latest) > maximumDays) {
      flags.flagAll(stretch);
    }
  }
}
