package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.MissingEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * 1006: "Missing type invalid." Flags each missing record whose MISSING is filled in but not a code of
 * the year (M or A); a blank MISSING is for 565 and 566. Same in every year.
 */
public final class Rule1006 implements Rule {
  @Override
  public String code() {
    return "1006";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (MissingEpisode missing : child.missingEpisodes()) {
      if (missing.type().map(t -> !t.isValidIn(context.year())).orElse(missing.unparsed("MISSING").isPresent())) {
        flags.flag(missing);
      }
    }
  }
}
