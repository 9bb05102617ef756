package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8650: Primary Need Code invalid (see Primary Need table in CIN census code set). DfE logic: "If
 * present &lt;PrimaryNeedCode&gt; (N00101) must be a valid primary need code value" (of the year).
 */
public final class Rule8650 implements CinRule {
  @Override
  public String code() {
    return "8650";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.hasContent("PrimaryNeedCode", episode.primaryNeed())
          && episode.primaryNeed().filter(p -> p.isValidIn(context.year())).isEmpty()) {
        flags.flag(episode);
      }
    }
  }
}
