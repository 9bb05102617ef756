package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1005: "The end date of the missing episode or episode that the child was away from placement without
 * authorisation is not a valid date." Flags each missing record whose MIS_END is filled in but not a
 * date (a blank end is an open period). Same in every year.
 */
public final class Rule1005 implements Rule {
  @Override
  public String code() {
    return "1005";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.end().isEmpty() && missing.unparsed("MIS_END").isPresent()) {
        flags.flag(missing);
      }
    }
  }
}
