package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 575: "If the placement from which the child goes missing/away from placement without authorisation
 * ends, the missing/away from placement without authorisation period in the missing module must also
 * have an end date." Flags each missing record with MIS_END blank whose MIS_START falls within an
 * episode that has ceased (DECOM ≤ MIS_START ≤ DEC). Same in every year.
 */
public final class Rule575 implements Rule {
  @Override
  public String code() {
    return "575";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().isEmpty() || !MissingFacts.isBlank(missing.end(), missing, "MIS_END")) {
        continue;
      }
      LocalDate start = missing.start().get();
      for (Episode e : child.episodes()) {
        if (e.start().isPresent() && e.end().isPresent() && !start.isBefore(e.start().get()) && !start.isAfter(e.end().get())) {
          flags.flag(missing);
          break;
        }
      }
    }
  }
}
