package io.github.cscreturns.validation.cin.internal.rules;

import io.github.cscreturns.core.cin.CinChild;
import io.github.cscreturns.core.cin.CinDetails;
import io.github.cscreturns.validation.cin.CinFlags;
import io.github.cscreturns.validation.cin.CinRule;
import io.github.cscreturns.validation.cin.CinRuleContext;

/**
 * 8620: CIN Closure Date present and does not fall within the Census year. DfE logic: "If
 * &lt;CINclosureDate&gt; (N00102) is present, it must be within [Period_of_Census]" (1 April to the
 * reference date, both included).
 */
public final class Rule8620 implements CinRule {
  @Override
  public String code() {
    return "8620";
  }

  @Override
  public void check(CinChild child, CinRuleContext context, CinFlags flags) {
    for (CinDetails episode : child.cinDetails()) {
      if (episode.closureDate().filter(c -> !context.isInCensusPeriod(c)).isPresent()) {
        flags.flag(episode);
      }
    }
  }
}
