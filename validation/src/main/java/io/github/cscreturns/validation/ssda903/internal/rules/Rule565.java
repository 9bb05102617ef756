package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 565: "The date that the child started to be missing or away from placement without authorisation has
 * been completed but whether the child was missing or away from placement without authorisation has
 * not been completed." Flags each missing record with MIS_START filled in and MISSING blank. Same in
 * every year.
 */
public final class Rule565 implements Rule {
  @Override
  public String code() {
    return "565";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (!MissingFacts.isBlank(missing.start(), missing, "MIS_START") && MissingFacts.isBlank(missing.type(), missing, "MISSING")) {
        flags.flag(missing);
      }
    }
  }
}
