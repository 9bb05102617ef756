package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.Episode;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;
import java.time.LocalDate;

/**
 * 581: "Child is missing but has not yet started to be looked after." Flags each missing record of a
 * child with episodes whose MIS_START falls within none of them (on or after DECOM, and on or before
 * DEC or with the episode still open): before care started, between episodes or after care ended. A
 * MIS_START that is blank or not a date falls within none. Same in every year.
 */
public final class Rule581 implements Rule {
  @Override
  public String code() {
    return "581";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    if (child.episodes().isEmpty()) {
      return;
    }
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().isEmpty() || child.episodes().stream().noneMatch(e -> within(missing.start().get(), e))) {
        flags.flag(missing);
      }
    }
  }

  private static boolean within(LocalDate date, Episode e) {
    return e.start().isPresent()
        && !date.isBefore(e.start().get())
        && e.end().map(end -> !date.isAfter(end)).orElse(true);
  }
}
