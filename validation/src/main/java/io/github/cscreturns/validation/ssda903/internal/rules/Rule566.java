package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 566: "The date that the child's episode of being missing or away from placement without authorisation
 * ended has been completed but whether the child was missing or away without authorisation has not
 * been completed." Flags each missing record with MIS_END filled in and MISSING blank. Same in every
 * year.
 */
public final class Rule566 implements Rule {
  @Override
  public String code() {
    return "566";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (!MissingFacts.isBlank(missing.end(), missing, "MIS_END") && MissingFacts.isBlank(missing.type(), missing, "MISSING")) {
        flags.flag(missing);
      }
    }
  }
}
