package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 570: "The date that the child started to be missing or away from placement without authorisation is
 * after the end of the collection year." Flags each missing record whose MIS_START is after 31 March.
 * Same in every year.
 */
public final class Rule570 implements Rule {
  @Override
  public String code() {
    return "570";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().map(d -> d.isAfter(context.year().ssda903End())).orElse(false)) {
        flags.flag(missing);
      }
    }
  }
}
