package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 567: "The date that the missing episode or episode that the child was away from placement without
 * authorisation ended is before the date that it started." Flags each missing record whose MIS_END is
 * before its MIS_START. Same in every year.
 */
public final class Rule567 implements Rule {
  @Override
  public String code() {
    return "567";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.start().isPresent() && missing.end().isPresent() && missing.end().get().isBefore(missing.start().get())) {
        flags.flag(missing);
      }
    }
  }
}
