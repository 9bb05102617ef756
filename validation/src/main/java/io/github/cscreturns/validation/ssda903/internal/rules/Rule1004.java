package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1004: "The start date of the missing episode or episode that the child was away from placement without
 * authorisation is not a valid date." Flags each missing record whose MIS_START is blank or not a date.
 * Same in every year.
 */
public final class Rule1004 implements Rule {
  @Override
  public String code() {
    return "1004";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().isEmpty()) {
        flags.flag(missing);
      }
    }
  }
}
