package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 564: "Child was missing or away from placement without authorisation and the date started is blank."
 * Flags each missing record with MISSING coded (M or A) and MIS_START blank (a start that is not a
 * date is for 1004). Same in every year.
 */
public final class Rule564 implements Rule {
  @Override
  public String code() {
    return "564";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.type().isPresent() && MissingFacts.isBlank(missing.start(), missing, "MIS_START")) {
        flags.flag(missing);
      }
    }
  }
}
