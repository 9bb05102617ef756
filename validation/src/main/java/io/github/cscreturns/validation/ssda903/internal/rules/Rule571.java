package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 571: "The date that the child ceased to be missing or away from placement without authorisation is
 * before the start or after the end of the collection year." Flags each missing record whose MIS_END
 * is outside 1 April – 31 March. Same in every year.
 */
public final class Rule571 implements Rule {
  @Override
  public String code() {
    return "571";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.end().map(d -> !context.year().ssda903Contains(d)).orElse(false)) {
        flags.flag(missing);
      }
    }
  }
}
