package io.github.cscreturns.validation.ssda903.internal.rules;

import io.github.cscreturns.core.ssda903.Child;
import io.github.cscreturns.core.ssda903.SocialWorkerEpisode;
import io.github.cscreturns.validation.ssda903.Flags;
import io.github.cscreturns.validation.ssda903.Rule;
import io.github.cscreturns.validation.ssda903.RuleContext;

/**
 * SW06STG2: "Social worker episode data should be within the social worker data reporting year."
 * Flags each social worker episode that began (SW_DECOM) after 31 March of the collection year. From
 * 2023-24.
 */
public final class RuleSW06STG2 implements Rule {
  @Override
  public String code() {
    return "SW06STG2";
  }

  @Override
  public void check(Child child, RuleContext context, Flags flags) {
    for (SocialWorkerEpisode e : child.socialWorkerEpisodes()) {
      if (e.start().map(d -> d.isAfter(context.year().ssda903End())).orElse(false)) {
        flags.flag(e);
      }
    }
  }
}
